<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>cli</name>
    <message>
        <source>Checks an IMAP/SMTP login for real and explains why it fails.</source>
        <translation>IMAP/SMTP のログインを実際に確認し、失敗した理由を説明します。</translation>
    </message>
</context>
<context>
    <name>ipw::AboutDialog</name>
    <message>
        <source>About IMAP Password Wizard</source>
        <translation>IMAPパスワード設定ウィザードについて</translation>
    </message>
    <message>
        <source>IMAP Password Wizard</source>
        <translation>IMAPパスワード設定ウィザード</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Finds out which password your mail app needs, checks it with the server for real, and keeps it in your system's keychain.</source>
        <translation>メールアプリに必要なパスワードを調べて実際にサーバーで確認し、システムのキーチェーンに保存します。</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href="%1"&gt;Apache License, Version 2.0&lt;/a&gt;.</source>
        <translation>&lt;a href="%1"&gt;Apache License 2.0&lt;/a&gt; で公開されているフリーソフトウェアです。</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1（ビルド時は Qt %2）</translation>
    </message>
    <message>
        <source>TLS library: none available — connections cannot be checked.</source>
        <translation>TLS ライブラリ: 利用できません。接続を確認できません。</translation>
    </message>
    <message>
        <source>TLS library: %1</source>
        <translation>TLS ライブラリ: %1</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>詳細をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ipw::SetupWizard</name>
    <message>
        <source>IMAP Password Wizard</source>
        <translation>IMAPパスワード設定ウィザード</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>このアプリについて(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ipw::StartPage</name>
    <message>
        <source>Mail stopped syncing?</source>
        <translation>メールが同期されなくなりましたか？</translation>
    </message>
    <message>
        <source>This wizard finds out which password your mail app needs, checks it with the server for real, and explains what to do when it does not work.</source>
        <translation>このウィザードは、メールアプリに必要なパスワードがどれなのかを調べ、実際にサーバーで確認し、うまくいかないときに何をすればよいかを説明します。</translation>
    </message>
    <message>
        <source>The full guided flow is being built. This build shows the first page only.</source>
        <translation>ガイド付きの全手順は現在開発中です。このビルドでは最初のページだけを表示します。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
</TS>