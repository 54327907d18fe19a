<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>KeychainCli</name>
    <message>
        <source>After a successful check, save the account (the password goes to the system keychain only).</source>
        <translation>確認に成功したら、アカウントを保存します（パスワードはシステムのキーチェーンにだけ保存されます）。</translation>
    </message>
    <message>
        <source>List the saved accounts (never their passwords).</source>
        <translation>保存したアカウントを一覧表示します（パスワードは表示しません）。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>Check the saved account &lt;address&gt; again with its stored settings and password.</source>
        <translation>保存したアカウント &lt;address&gt; を、保存済みの設定とパスワードでもう一度確認します。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Remove the saved account &lt;address&gt; and its password from the keychain.</source>
        <translation>保存したアカウント &lt;address&gt; と、キーチェーン内のそのパスワードを削除します。</translation>
    </message>
    <message>
        <source>No saved accounts.</source>
        <translation>保存したアカウントはありません。</translation>
    </message>
    <message>
        <source>Login name: %1</source>
        <translation>ログイン名: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>プロバイダー: %1</translation>
    </message>
    <message>
        <source>IMAP: %1</source>
        <translation>IMAP: %1</translation>
    </message>
    <message>
        <source>SMTP: %1</source>
        <translation>SMTP: %1</translation>
    </message>
    <message>
        <source>Last verified: %1</source>
        <translation>最終確認日時: %1</translation>
    </message>
    <message>
        <source>See the saved accounts with --list-saved.</source>
        <translation>保存したアカウントは --list-saved で確認できます。</translation>
    </message>
    <message>
        <source>Forgot %1: its settings and its password in the keychain are removed.</source>
        <translation>%1 を削除しました。設定とキーチェーン内のパスワードを削除しました。</translation>
    </message>
    <message>
        <source>The login works, but the account was not saved.</source>
        <translation>ログインはできますが、アカウントは保存されませんでした。</translation>
    </message>
    <message>
        <source>Saved %1. The password is in the system keychain only.</source>
        <translation>%1 を保存しました。パスワードはシステムのキーチェーンにだけ保存されています。</translation>
    </message>
</context>
<context>
    <name>KeychainText</name>
    <message>
        <source>%1 (Details: %2)</source>
        <translation>%1（詳細: %2）</translation>
    </message>
    <message>
        <source>No keychain service is running, so the password cannot be stored safely. Install and start a Secret Service such as GNOME Keyring or KeePassXC (on KDE: KWallet), then try again. The password is never written to a plain file instead.</source>
        <translation>キーチェーンのサービスが動いていないため、パスワードを安全に保存できません。GNOME Keyring や KeePassXC（KDE では KWallet）などの Secret Service をインストールして起動してから、もう一度お試しください。代わりにパスワードを平文のファイルに書き込むことはありません。</translation>
    </message>
    <message>
        <source>Your keyring is locked. Unlock it (for example in the Passwords and Keys app, or by logging in to the desktop again), then try again.</source>
        <translation>キーリングがロックされています。ロックを解除してから（「パスワードと鍵」アプリで解除するか、デスクトップにログインし直してください）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain refused access. Allow IMAP Password Wizard to use the keychain when you are asked, then try again.</source>
        <translation>キーチェーンへのアクセスが拒否されました。確認を求められたら IMAP Password Wizard によるキーチェーンの使用を許可して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain has no password for this account. If your keyring is locked, unlock it; otherwise check the account again and save it.</source>
        <translation>キーチェーンにこのアカウントのパスワードがありません。キーリングがロックされている場合はロックを解除してください。そうでない場合は、アカウントをもう一度確認して保存してください。</translation>
    </message>
    <message>
        <source>There is no D-Bus session, so the keychain cannot be reached. Run this in your desktop session (or start one with dbus-run-session) with a Secret Service such as GNOME Keyring running.</source>
        <translation>D-Bus セッションがないため、キーチェーンに接続できません。GNOME Keyring などの Secret Service が動いているデスクトップセッション内で実行してください（または dbus-run-session でセッションを開始してください）。</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>キーチェーンがエラーを報告しました。</translation>
    </message>
    <message>
        <source>Only a login that was just checked successfully can be saved. Check the account first.</source>
        <translation>保存できるのは、確認に成功したばかりのログインだけです。先にアカウントを確認してください。</translation>
    </message>
    <message>
        <source>No saved account has the address %1.</source>
        <translation>アドレス %1 の保存済みアカウントはありません。</translation>
    </message>
    <message>
        <source>The saved-accounts file %1 is damaged. It was left as it is and nothing was saved over it. Move it aside (or repair it), then save your accounts again.</source>
        <translation>保存済みアカウントのファイル %1 が壊れています。ファイルはそのままにしてあり、上書きもしていません。ファイルを別の場所に移動する（または修復する）と、アカウントをもう一度保存できます。</translation>
    </message>
    <message>
        <source>The saved-accounts file %1 was written by a newer version of IMAP Password Wizard. Update this program to use it; the file was left as it is.</source>
        <translation>保存済みアカウントのファイル %1 は、新しいバージョンの IMAP Password Wizard で書き込まれています。使うにはこのプログラムを更新してください。ファイルはそのままにしてあります。</translation>
    </message>
    <message>
        <source>The saved-accounts file %1 cannot be read. Check its permissions.</source>
        <translation>保存済みアカウントのファイル %1 を読み込めません。ファイルのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>The saved-accounts file %1 could not be written; the previous version is unchanged. Check free disk space and permissions, then try again.</source>
        <translation>保存済みアカウントのファイル %1 に書き込めませんでした。以前の内容は変わっていません。ディスクの空き容量とアクセス権を確認してから、もう一度お試しください。</translation>
    </message>
</context>
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