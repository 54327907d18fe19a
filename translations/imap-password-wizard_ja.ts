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
    <name>ipw::SetupWizard</name>
    <message>
        <source>IMAP Password Wizard</source>
        <translation>IMAPパスワード設定ウィザード</translation>
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