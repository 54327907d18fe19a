<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CheckOptions</name>
    <message>
        <source>IMAP server to check, with an optional port.</source>
        <translation>確認する IMAP サーバー（ポート番号は省略できます）。</translation>
    </message>
    <message>
        <source>How the IMAP connection is secured: tls (port 993), starttls (143) or none.</source>
        <translation>IMAP 接続の保護方式：tls（ポート 993）、starttls（143）、none（暗号化なし）のいずれか。</translation>
    </message>
    <message>
        <source>SMTP submission server to check, with an optional port.</source>
        <translation>確認する SMTP 送信サーバー（ポート番号は省略できます）。</translation>
    </message>
    <message>
        <source>How the SMTP connection is secured: tls (port 465), starttls (587) or none.</source>
        <translation>SMTP 接続の保護方式：tls（ポート 465）、starttls（587）、none（暗号化なし）のいずれか。</translation>
    </message>
    <message>
        <source>Check SMTP alone.</source>
        <translation>SMTP だけを確認します。</translation>
    </message>
    <message>
        <source>Check IMAP alone.</source>
        <translation>IMAP だけを確認します。</translation>
    </message>
    <message>
        <source>The login name.</source>
        <translation>ログイン名（ユーザー名）。</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (a password is never accepted as an argument).</source>
        <translation>パスワードを標準入力の 1 行目から読み取ります（パスワードを引数で渡すことはできません）。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>この PEM ファイルにある CA 証明書も信頼します。</translation>
    </message>
    <message>
        <source>Time limit for each step, in seconds (default 20).</source>
        <translation>各ステップの制限時間（秒、既定は 20）。</translation>
    </message>
    <message>
        <source>Allow sending the password without TLS when a security is "none" (never when the server refuses plaintext logins).</source>
        <translation>保護方式が「none」のとき、TLS なしでパスワードを送ることを許可します（サーバーが平文でのログインを拒否している場合は送りません）。</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>結果を JSON 形式で標準出力に表示します。</translation>
    </message>
    <message>
        <source>Print the dialogue with the servers on standard error, passwords removed.</source>
        <translation>サーバーとのやり取りを、パスワードを伏せたうえで標準エラー出力に表示します。</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a valid server name.</source>
        <translation>--%1：「%2」は正しいサーバー名ではありません。</translation>
    </message>
    <message>
        <source>--%1: the port must be a number from 1 to 65535 (got "%2").</source>
        <translation>--%1：ポート番号は 1〜65535 の数字で指定してください（指定された値：「%2」）。</translation>
    </message>
    <message>
        <source>Unexpected argument "%1". A password is never accepted as an argument: use --password-stdin.</source>
        <translation>想定外の引数「%1」があります。パスワードは引数では受け付けません。--password-stdin を使ってください。</translation>
    </message>
    <message>
        <source>--no-imap and --no-smtp together leave nothing to check.</source>
        <translation>--no-imap と --no-smtp を両方指定すると、確認するものがなくなります。</translation>
    </message>
    <message>
        <source>--%1 and --no-%1 contradict each other.</source>
        <translation>--%1 と --no-%1 は同時に指定できません。</translation>
    </message>
    <message>
        <source>--%1-security must be tls, starttls or none (got "%2").</source>
        <translation>--%1-security には tls、starttls、none のいずれかを指定してください（指定された値：「%2」）。</translation>
    </message>
    <message>
        <source>Which %1 server? Give --%2 HOST[:PORT], or --no-%2 to leave it out.</source>
        <translation>%1 サーバーが指定されていません。--%2 ホスト[:ポート] で指定するか、確認しない場合は --no-%2 を付けてください。</translation>
    </message>
    <message>
        <source>Give the login name with --user NAME.</source>
        <translation>ログイン名を --user 名前 で指定してください。</translation>
    </message>
    <message>
        <source>--ca-file: cannot read "%1".</source>
        <translation>--ca-file：「%1」を読み込めません。</translation>
    </message>
    <message>
        <source>--ca-file: "%1" contains no PEM certificate.</source>
        <translation>--ca-file：「%1」に PEM 形式の証明書が含まれていません。</translation>
    </message>
    <message>
        <source>--trust-cert: "%1" is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed).</source>
        <translation>--trust-cert：「%1」は SHA-256 フィンガープリントではありません（16 進数 64 桁。コロン区切りも可）。</translation>
    </message>
    <message>
        <source>--timeout: give the seconds per step as a number from 0.1 to 3600 (got "%1").</source>
        <translation>--timeout：各ステップの秒数を 0.1〜3600 の数値で指定してください（指定された値：「%1」）。</translation>
    </message>
    <message>
        <source>SMTP's login name, where it differs from the IMAP login (default: the provider's rule, else the same as --user).</source>
        <translation>送信（SMTP）のログイン名。受信（IMAP）のログイン名と異なる場合に指定します（省略時：メールサービスの規則による名前、なければ --user と同じ）。</translation>
    </message>
    <message>
        <source>--smtp-user and --no-smtp contradict each other.</source>
        <translation>--smtp-user と --no-smtp は同時に指定できません。</translation>
    </message>
    <message>
        <source>--smtp-user needs a login name.</source>
        <translation>--smtp-user にはログイン名を指定してください。</translation>
    </message>
    <message>
        <source>Trust exactly the certificate with this SHA-256 fingerprint, for the server that presents it (hex; colons and letter case are ignored). HOST:PORT=SHA256 names the server.</source>
        <translation>この SHA-256 フィンガープリントの証明書だけを、その証明書を示したサーバーについて信頼します（16 進数。コロンと大文字・小文字は区別しません）。HOST:PORT=SHA256 の形でサーバーを指定できます。</translation>
    </message>
    <message>
        <source>--trust-cert: "%1" is not one of the servers being checked (give HOST:PORT exactly as checked, e.g. %2).</source>
        <translation>--trust-cert: 「%1」は確認するサーバーではありません（確認するとおりの HOST:PORT を指定してください。例：%2）。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 and --%2 are two different modes: give only one of them.</source>
        <translation>--%1 と --%2 は別々のモードです。どちらか一方だけを指定してください。</translation>
    </message>
</context>
<context>
    <name>DiagnosisText</name>
    <message>
        <source>Everything works</source>
        <translation>正常に接続できました</translation>
    </message>
    <message>
        <source>The server accepted the login name and password.</source>
        <translation>サーバーがログイン名とパスワードを受け付けました。</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>確認していません</translation>
    </message>
    <message>
        <source>Solve the problem reported for the other server first, then check again.</source>
        <translation>もう一方のサーバーで見つかった問題を先に解決してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>The password was not accepted</source>
        <translation>パスワードが正しくありません</translation>
    </message>
    <message>
        <source>This account needs an app password</source>
        <translation>アプリ パスワードが必要です</translation>
    </message>
    <message>
        <source>Create an app password in your account's security settings and enter it here instead of your normal password.</source>
        <translation>アカウントのセキュリティ設定でアプリ パスワードを作成し、通常のパスワードの代わりにここに入力してください。</translation>
    </message>
    <message>
        <source>Passwords no longer work for this account</source>
        <translation>このアカウントではパスワードでログインできません</translation>
    </message>
    <message>
        <source>IMAP access is turned off for this account</source>
        <translation>このアカウントでは IMAP が無効になっています</translation>
    </message>
    <message>
        <source>The password may well be right, but the provider does not let mail apps read this mailbox until IMAP access is turned on.</source>
        <translation>パスワードは正しい可能性がありますが、IMAP を有効にするまでメールアプリからこのメールボックスを読むことはできません。</translation>
    </message>
    <message>
        <source>Turn on IMAP access in the mail settings on your provider's website (for a work or school account, ask the administrator), then check again.</source>
        <translation>メールサービスのウェブサイトのメール設定で IMAP を有効にしてから、もう一度確認してください（会社や学校のアカウントの場合は管理者に依頼してください）。</translation>
    </message>
    <message>
        <source>The provider blocked this sign-in</source>
        <translation>メールサービスがこのログインをブロックしました</translation>
    </message>
    <message>
        <source>The provider wants you to confirm this sign-in in a web browser first, for example because it came from a new device or place.</source>
        <translation>新しい端末や場所からのログインであるなどの理由で、メールサービスが先にウェブブラウザーでの確認を求めています。</translation>
    </message>
    <message>
        <source>Sign in to your account in a web browser, confirm the security notice if there is one, then check again.</source>
        <translation>ウェブブラウザーでアカウントにログインし、セキュリティに関するお知らせがあれば確認してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>The password has expired</source>
        <translation>パスワードの有効期限が切れています</translation>
    </message>
    <message>
        <source>The server says this password must be changed before it can be used again.</source>
        <translation>サーバーによると、このパスワードは変更しないと使えません。</translation>
    </message>
    <message>
        <source>Change or reissue the password on your provider's site, then enter the new one here.</source>
        <translation>メールサービスのサイトでパスワードを変更または再発行し、新しいパスワードをここに入力してください。</translation>
    </message>
    <message>
        <source>Too many sign-in attempts</source>
        <translation>ログインの試行回数が多すぎます</translation>
    </message>
    <message>
        <source>After several attempts, the server has stopped accepting sign-ins for this account for a while.</source>
        <translation>何度もログインが試みられたため、サーバーがこのアカウントへのログインを一時的に受け付けなくなっています。</translation>
    </message>
    <message>
        <source>Too many connections to this account</source>
        <translation>このアカウントへの接続が多すぎます</translation>
    </message>
    <message>
        <source>Other devices or apps already have as many connections open as the server allows.</source>
        <translation>ほかの端末やアプリが、サーバーの許可する上限まで接続しています。</translation>
    </message>
    <message>
        <source>Close the mail app on other devices for a moment, or wait a few minutes, then check again.</source>
        <translation>ほかの端末のメールアプリをいったん終了するか、数分待ってから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>The account is locked</source>
        <translation>アカウントがロックされています</translation>
    </message>
    <message>
        <source>The provider has locked or suspended this account, often after repeated failed sign-ins or for security reasons.</source>
        <translation>ログインの失敗が続いた場合などに、メールサービスがセキュリティ上の理由でこのアカウントをロックまたは停止しています。</translation>
    </message>
    <message>
        <source>The mail administrator needs to help</source>
        <translation>管理者による対応が必要です</translation>
    </message>
    <message>
        <source>The server says this account needs attention from its administrator before it can sign in.</source>
        <translation>このアカウントでログインするには管理者による対応が必要だと、サーバーが伝えています。</translation>
    </message>
    <message>
        <source>Contact your provider's support or your organization's mail administrator and show them the server's message.</source>
        <translation>メールサービスのサポート窓口または組織のメール管理者に連絡し、サーバーのメッセージを伝えてください。</translation>
    </message>
    <message>
        <source>This account may not use this service</source>
        <translation>このアカウントにはこのサービスの利用権限がありません</translation>
    </message>
    <message>
        <source>The server recognized the account, but the account is not allowed to use this mail server or mailbox.</source>
        <translation>サーバーはアカウントを認識しましたが、このアカウントにはこのメールサーバーまたはメールボックスを使う権限がありません。</translation>
    </message>
    <message>
        <source>Check that the login name belongs to this mailbox, and ask the provider or administrator to allow access.</source>
        <translation>ログイン名がこのメールボックスのものか確認し、メールサービスまたは管理者に利用を許可してもらってください。</translation>
    </message>
    <message>
        <source>The server is not available right now</source>
        <translation>サーバーが現在利用できません</translation>
    </message>
    <message>
        <source>The server reported an internal error</source>
        <translation>サーバー内部でエラーが発生しました</translation>
    </message>
    <message>
        <source>The problem is on the server's side, not in your settings or your password.</source>
        <translation>問題はサーバー側にあり、設定やパスワードが原因ではありません。</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection</source>
        <translation>暗号化された接続が必要です</translation>
    </message>
    <message>
        <source>The server does not accept a password over an unencrypted connection.</source>
        <translation>このサーバーは、暗号化されていない接続ではパスワードを受け付けません。</translation>
    </message>
    <message>
        <source>Choose SSL/TLS or STARTTLS as the connection security (for example port 993 for IMAP, 465 or 587 for SMTP) and check again.</source>
        <translation>接続の保護方式に SSL/TLS または STARTTLS を選んで（例：IMAP は 993 番ポート、SMTP は 465 番または 587 番ポート）、もう一度確認してください。</translation>
    </message>
    <message>
        <source>The secure connection could not be started</source>
        <translation>暗号化通信を開始できませんでした</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted</source>
        <translation>サーバーの証明書を信頼できません</translation>
    </message>
    <message>
        <source>The server's certificate is out of date</source>
        <translation>サーバーの証明書が有効期間外です</translation>
    </message>
    <message>
        <source>The certificate belongs to another server</source>
        <translation>証明書がほかのサーバーのものです</translation>
    </message>
    <message>
        <source>Compare the server name with your provider's instructions and use exactly the name they give.</source>
        <translation>サーバー名がメールサービスの案内と一致しているか確認し、案内されている名前をそのまま使ってください。</translation>
    </message>
    <message>
        <source>A secure connection could not be established</source>
        <translation>暗号化接続を確立できませんでした</translation>
    </message>
    <message>
        <source>Check that the port and the connection security go together: for IMAP 993 with SSL/TLS or 143 with STARTTLS; for SMTP 465 with SSL/TLS or 587 with STARTTLS.</source>
        <translation>ポート番号と接続の保護方式の組み合わせ（IMAP は 993 番と SSL/TLS または 143 番と STARTTLS、SMTP は 465 番と SSL/TLS または 587 番と STARTTLS）を確認してください。</translation>
    </message>
    <message>
        <source>The server name was not found</source>
        <translation>サーバーが見つかりません</translation>
    </message>
    <message>
        <source>Check the spelling of the server name and your internet connection, then check again.</source>
        <translation>サーバー名のつづりとインターネット接続を確認してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>サーバーに接続を拒否されました</translation>
    </message>
    <message>
        <source>The server was reached, but nothing accepts connections on this port.</source>
        <translation>サーバーには届きましたが、このポートでは接続を受け付けていません。</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>サーバーから時間内に応答がありませんでした</translation>
    </message>
    <message>
        <source>The connection or the server is very slow, or something on the network silently drops the traffic.</source>
        <translation>回線やサーバーがとても遅いか、ネットワークの途中で通信が遮断されている可能性があります。</translation>
    </message>
    <message>
        <source>No network connection to the server</source>
        <translation>サーバーまでのネットワークにつながりません</translation>
    </message>
    <message>
        <source>Check that you are connected to the internet, then check again.</source>
        <translation>インターネットに接続されていることを確かめてから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer</source>
        <translation>サーバーから予期しない応答がありました</translation>
    </message>
    <message>
        <source>The inbox could not be opened</source>
        <translation>受信トレイを開けませんでした</translation>
    </message>
    <message>
        <source>The server does not accept this way of signing in</source>
        <translation>サーバーがこのログイン方式に対応していません</translation>
    </message>
    <message>
        <source>The server and this app have no password sign-in method in common, or the server requires a stronger method.</source>
        <translation>サーバーとこのアプリの両方が対応しているパスワードのログイン方式がないか、サーバーがより安全な方式を求めています。</translation>
    </message>
    <message>
        <source>The check was cancelled</source>
        <translation>確認を中止しました</translation>
    </message>
    <message>
        <source>The check was stopped before it finished.</source>
        <translation>確認が終わる前に中止されました。</translation>
    </message>
    <message>
        <source>Start the check again when you are ready.</source>
        <translation>準備ができたら、もう一度確認を始めてください。</translation>
    </message>
    <message>
        <source>The certificate's dates suggest that this computer's clock is wrong. Set the correct date and time, then check again.</source>
        <translation>証明書の日付から見て、このパソコンの時計が合っていない可能性があります。正しい日付と時刻に設定してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>Finding the server</source>
        <translation>サーバーの検索</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Securing the connection</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>サーバーの応答</translation>
    </message>
    <message>
        <source>Checking server features</source>
        <translation>サーバー機能の確認</translation>
    </message>
    <message>
        <source>Switching to encryption (STARTTLS)</source>
        <translation>暗号化への切り替え（STARTTLS）</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Opening the inbox</source>
        <translation>受信トレイの確認</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>受信（IMAP）</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>送信（SMTP）</translation>
    </message>
    <message>
        <source>Browser sign-in is not set up in this build</source>
        <translation>このアプリでは、ブラウザーでのサインインをまだ設定していません</translation>
    </message>
    <message>
        <source>Access was not allowed</source>
        <translation>アクセスが許可されませんでした</translation>
    </message>
    <message>
        <source>The mail server did not accept the sign-in</source>
        <translation>メールサーバーがサインインを受け付けませんでした</translation>
    </message>
    <message>
        <source>Browser sign-in could not be completed</source>
        <translation>ブラウザーでのサインインを完了できませんでした</translation>
    </message>
    <message>
        <source>No answer from the browser</source>
        <translation>ブラウザーから応答がありません</translation>
    </message>
    <message>
        <source>The sign-in in the browser was not finished in time, or the browser window was closed.</source>
        <translation>ブラウザーでのサインインが時間内に完了しなかったか、ブラウザーの画面が閉じられました。</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid</source>
        <translation>保存されたサインイン情報は無効になっています</translation>
    </message>
    <message>
        <source>Sign in with your browser again to renew it.</source>
        <translation>もう一度ブラウザーでサインインして、サインイン情報を更新してください。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>対応は不要です。</translation>
    </message>
    <message>
        <source>You can save these settings.</source>
        <translation>この設定を保存できます。</translation>
    </message>
    <message>
        <source>This server was not tried because an earlier step already failed.</source>
        <translation>前の手順で問題が見つかったので、このサーバーの確認は行っていません。</translation>
    </message>
    <message>
        <source>Trying it would only have cost another login attempt.</source>
        <translation>ここで試すと、ログインの試行回数を 1 回むだに使うことになるためです。</translation>
    </message>
    <message>
        <source>The server rejected the login name or the password.</source>
        <translation>サーバーがログイン名またはパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>Passwords are case-sensitive, and many providers want a separate password for mail apps (an "app password" or "IMAP password"), not the one you use on their website.</source>
        <translation>パスワードは大文字と小文字が区別されます。また、多くのメールサービスでは、ウェブサイトへのログイン用とは別に、メールアプリ用のパスワード（「アプリ パスワード」「IMAP専用パスワード」など）が必要です。</translation>
    </message>
    <message>
        <source>Check the login name and the password character by character.</source>
        <translation>ログイン名とパスワードを 1 文字ずつ確認してください。</translation>
    </message>
    <message>
        <source>If you are not sure of the password, look it up or reissue it on your provider's site before trying again: repeated failures can lock the account.</source>
        <translation>パスワードに自信がない場合は、再試行する前にメールサービスのサイトで確認または再発行してください。失敗を繰り返すとアカウントがロックされることがあります。</translation>
    </message>
    <message>
        <source>Your provider does not let mail apps sign in with your normal password.</source>
        <translation>このアカウントでは、メールアプリから通常のパスワードでログインできません。</translation>
    </message>
    <message>
        <source>This is usually because 2-Step Verification is on: mail apps need a password generated just for them.</source>
        <translation>多くの場合、2 段階認証が有効になっていることが理由で、メールアプリ専用に発行したパスワードが必要です。</translation>
    </message>
    <message>
        <source>The server only allows signing in through the provider's own sign-in page (OAuth).</source>
        <translation>このサーバーでは、メールサービスのログイン画面を通したサインイン（OAuth）しか使えません。</translation>
    </message>
    <message>
        <source>Neither your password nor an app password will be accepted.</source>
        <translation>通常のパスワードもアプリ パスワードも受け付けられません。</translation>
    </message>
    <message>
        <source>Check the account with browser sign-in instead of a password (in this app: "Sign in with your browser"; on the command line: --oauth).</source>
        <translation>パスワードではなくブラウザーでのサインインで確認してください（このアプリでは「ブラウザーでサインイン」、コマンドラインでは --oauth）。</translation>
    </message>
    <message>
        <source>Your mail app, too, has to sign in through the provider's page.</source>
        <translation>メールアプリも、メールサービスのページでサインインできるものを使う必要があります。</translation>
    </message>
    <message>
        <source>Wait a while before trying again.</source>
        <translation>しばらく時間をおいてから再試行してください。</translation>
    </message>
    <message>
        <source>Make sure no other device keeps trying an old password.</source>
        <translation>また、古いパスワードでログインを繰り返している端末がないか確認してください。</translation>
    </message>
    <message>
        <source>Unlock the account on your provider's website or through its support.</source>
        <translation>メールサービスのウェブサイトまたはサポート窓口でロックを解除してください。</translation>
    </message>
    <message>
        <source>Trying again now will not help.</source>
        <translation>このまま再試行しても解決しません。</translation>
    </message>
    <message>
        <source>The server answered but cannot serve the request at the moment.</source>
        <translation>サーバーは応答しましたが、現在は処理できない状態です。</translation>
    </message>
    <message>
        <source>This is usually temporary and not caused by your password.</source>
        <translation>通常は一時的なもので、パスワードが原因ではありません。</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>時間をおいてもう一度お試しください。</translation>
    </message>
    <message>
        <source>If it lasts, check your provider's service status page.</source>
        <translation>続く場合は、メールサービスの障害・メンテナンス情報のページを確認してください。</translation>
    </message>
    <message>
        <source>If it keeps happening, contact the provider and include the report.</source>
        <translation>繰り返し起きる場合は、レポートを添えてメールサービスに問い合わせてください。</translation>
    </message>
    <message>
        <source>The server did not offer or did not complete the switch to encryption (STARTTLS).</source>
        <translation>サーバーが暗号化通信への切り替え（STARTTLS）に対応していないか、切り替えに失敗しました。</translation>
    </message>
    <message>
        <source>The password was not sent, because sending it unencrypted could expose it.</source>
        <translation>暗号化せずに送ると漏れるおそれがあるため、パスワードは送信していません。</translation>
    </message>
    <message>
        <source>Check the server name and port, or try SSL/TLS on its own port (993 for IMAP, 465 for SMTP).</source>
        <translation>サーバー名とポート番号を確認するか、SSL/TLS 専用のポート（IMAP は 993 番、SMTP は 465 番）をお試しください。</translation>
    </message>
    <message>
        <source>On a public network someone may be interfering: try another network too.</source>
        <translation>公衆 Wi-Fi などでは通信が妨害されている可能性もあるため、別のネットワークでもお試しください。</translation>
    </message>
    <message>
        <source>The server's identity could not be confirmed: its certificate is self-signed or comes from an issuer this computer does not trust.</source>
        <translation>証明書が自己署名であるか、このパソコンが信頼していない発行元のものであるため、サーバーの身元を確認できませんでした。</translation>
    </message>
    <message>
        <source>Someone could be intercepting the connection.</source>
        <translation>通信が傍受されている可能性があります。</translation>
    </message>
    <message>
        <source>Check the server name.</source>
        <translation>サーバー名を確認してください。</translation>
    </message>
    <message>
        <source>Trust this certificate only if your provider or administrator confirms its fingerprint.</source>
        <translation>この証明書を信頼するのは、メールサービスまたは管理者がフィンガープリントを確認した場合だけにしてください。</translation>
    </message>
    <message>
        <source>Today's date is outside the certificate's validity period.</source>
        <translation>今日の日付が証明書の有効期間に含まれていません。</translation>
    </message>
    <message>
        <source>Either the certificate really expired, or this computer's date and time are wrong.</source>
        <translation>証明書の期限が本当に切れているか、このパソコンの日付と時刻が間違っています。</translation>
    </message>
    <message>
        <source>Check this computer's date and time first.</source>
        <translation>まず、このパソコンの日付と時刻を確認してください。</translation>
    </message>
    <message>
        <source>If they are right, the provider has to renew the certificate: let them know.</source>
        <translation>正しい場合はメールサービスが証明書を更新する必要があるので、メールサービスに連絡してください。</translation>
    </message>
    <message>
        <source>The server presented a certificate for a different name than the one entered.</source>
        <translation>入力したサーバー名とは別の名前の証明書が提示されました。</translation>
    </message>
    <message>
        <source>The server name may be mistyped, or the connection is being redirected.</source>
        <translation>サーバー名の入力ミスか、通信が別の場所に転送されている可能性があります。</translation>
    </message>
    <message>
        <source>This computer and the server could not agree on how to encrypt the connection.</source>
        <translation>このパソコンとサーバーの間で暗号化の方式が合いませんでした。</translation>
    </message>
    <message>
        <source>The port may not use SSL/TLS, or the server uses outdated security settings.</source>
        <translation>そのポートが SSL/TLS を使っていないか、サーバーのセキュリティ設定が古い可能性があります。</translation>
    </message>
    <message>
        <source>The server name could not be looked up.</source>
        <translation>サーバー名を調べられませんでした。</translation>
    </message>
    <message>
        <source>It may be mistyped, or this computer is not connected to the internet.</source>
        <translation>入力ミスか、このパソコンがインターネットに接続されていない可能性があります。</translation>
    </message>
    <message>
        <source>Check the port number (IMAP usually 993, SMTP 465 or 587).</source>
        <translation>ポート番号を確認してください（通常、IMAP は 993 番、SMTP は 465 番または 587 番です）。</translation>
    </message>
    <message>
        <source>A firewall or security software may also be blocking it.</source>
        <translation>ファイアウォールやセキュリティソフトが接続を妨げている場合もあります。</translation>
    </message>
    <message>
        <source>Check your internet connection and try again.</source>
        <translation>インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Some networks (offices, hotels, public Wi-Fi) block mail ports: try another network too.</source>
        <translation>会社やホテル、公衆 Wi-Fi などではメール用のポートが遮断されていることがあるため、別のネットワークでもお試しください。</translation>
    </message>
    <message>
        <source>This computer could not reach the server.</source>
        <translation>このパソコンからサーバーに通信できませんでした。</translation>
    </message>
    <message>
        <source>It may be offline, or a network setting or firewall is in the way.</source>
        <translation>オフラインになっているか、ネットワークの設定やファイアウォールが妨げている可能性があります。</translation>
    </message>
    <message>
        <source>The server's reply did not follow the mail protocol.</source>
        <translation>サーバーの応答がメールの通信手順に沿っていませんでした。</translation>
    </message>
    <message>
        <source>The port may belong to another service, or the server is misbehaving.</source>
        <translation>そのポートが別のサービスのものか、サーバーに不具合がある可能性があります。</translation>
    </message>
    <message>
        <source>Check the server name and port.</source>
        <translation>サーバー名とポート番号を確認してください。</translation>
    </message>
    <message>
        <source>If they are right, copy the report and send it to your provider's support.</source>
        <translation>正しい場合は、レポートをコピーしてメールサービスのサポート窓口に送ってください。</translation>
    </message>
    <message>
        <source>The server would not open the mailbox.</source>
        <translation>サーバーがメールボックスを開けませんでした。</translation>
    </message>
    <message>
        <source>It may be full, busy, or not set up yet.</source>
        <translation>容量がいっぱいか、処理中か、まだ準備ができていない可能性があります。</translation>
    </message>
    <message>
        <source>Sign in to your webmail to check the mailbox.</source>
        <translation>ウェブメールにログインしてメールボックスの状態を確認してください。</translation>
    </message>
    <message>
        <source>If the problem remains, contact the provider.</source>
        <translation>解決しない場合はメールサービスに問い合わせてください。</translation>
    </message>
    <message>
        <source>Check that the server and port are the ones your provider gives for mail apps.</source>
        <translation>メールサービスがメールアプリ向けに案内しているサーバーとポートか確認してください。</translation>
    </message>
    <message>
        <source>The provider may require a different kind of sign-in.</source>
        <translation>メールサービスが別の方式でのログインを求めている場合もあります。</translation>
    </message>
    <message>
        <source>Signing in through the provider's page needs a registration of this app with the provider (a client ID), and this copy of the app has none for this provider.</source>
        <translation>メールサービスのサインイン画面でサインインするには、このアプリをメールサービスに登録したときの情報（クライアント ID）が必要ですが、このアプリにはこのメールサービス用のものがありません。</translation>
    </message>
    <message>
        <source>Nothing is wrong with your account.</source>
        <translation>アカウントに問題があるわけではありません。</translation>
    </message>
    <message>
        <source>Use an app password if your provider offers one.</source>
        <translation>メールサービスがアプリ パスワードを用意している場合は、アプリ パスワードを使ってください。</translation>
    </message>
    <message>
        <source>To set up browser sign-in, register the app with the provider and put its client ID into the file oauth-clients.ini in the app's configuration folder (the README explains how).</source>
        <translation>ブラウザーでのサインインを設定するには、このアプリをメールサービスに登録し、そのクライアント ID をアプリの設定フォルダーにある oauth-clients.ini ファイルに書き込んでください（手順は README に記載しています）。</translation>
    </message>
    <message>
        <source>On the provider's sign-in page, access to your mail was refused.</source>
        <translation>メールサービスのサインイン画面で、メールへのアクセスが拒否されました。</translation>
    </message>
    <message>
        <source>Either you or a rule of your organization refused it.</source>
        <translation>ご自身で拒否したか、組織のルールで拒否されています。</translation>
    </message>
    <message>
        <source>Sign in again and allow access to your mail when the provider asks.</source>
        <translation>もう一度サインインし、メールサービスにたずねられたらメールへのアクセスを許可してください。</translation>
    </message>
    <message>
        <source>For a work or school account, ask the administrator whether mail apps may be allowed.</source>
        <translation>職場や学校のアカウントの場合は、メールアプリを許可できるかどうか管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>You signed in with the provider, but the mail server refused the access it granted.</source>
        <translation>メールサービスへのサインインはできましたが、そこで許可されたアクセスをメールサーバーが拒否しました。</translation>
    </message>
    <message>
        <source>The access may have expired or been withdrawn, may not include mail (IMAP/SMTP), or may belong to another address than the login name.</source>
        <translation>アクセスの期限が切れたか取り消された、メール（IMAP/SMTP）へのアクセスが含まれていない、またはログイン名とは別のアドレスのものである可能性があります。</translation>
    </message>
    <message>
        <source>Sign in with your browser again, using the same address as the login name.</source>
        <translation>ログイン名と同じアドレスで、もう一度ブラウザーでサインインしてください。</translation>
    </message>
    <message>
        <source>If it is refused again, check that IMAP access is turned on for the account.</source>
        <translation>それでも拒否される場合は、このアカウントで IMAP アクセスが有効になっているか確認してください。</translation>
    </message>
    <message>
        <source>The sign-in with the provider started but did not finish properly.</source>
        <translation>メールサービスへのサインインは始まりましたが、正しく完了しませんでした。</translation>
    </message>
    <message>
        <source>The provider's sign-in service gave an unexpected or incomplete answer.</source>
        <translation>メールサービスのサインイン処理から、予期しない応答または不完全な応答がありました。</translation>
    </message>
    <message>
        <source>Try signing in again.</source>
        <translation>もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>If it keeps failing, check your internet connection and this computer's date and time, and include the report when you contact support.</source>
        <translation>何度も失敗する場合は、インターネット接続とこのパソコンの日付と時刻を確認し、サポートに問い合わせる際にはレポートを添えてください。</translation>
    </message>
    <message>
        <source>Start the sign-in again and finish it in the browser window that opens.</source>
        <translation>もう一度サインインを始め、開いたブラウザーの画面で最後まで進めてください。</translation>
    </message>
    <message>
        <source>If no window opens, copy the sign-in address into your browser yourself.</source>
        <translation>画面が開かない場合は、サインイン用のアドレスをご自身でブラウザーに貼り付けてください。</translation>
    </message>
    <message>
        <source>The provider no longer accepts the saved sign-in.</source>
        <translation>保存されたサインイン情報は、メールサービスに受け付けられなくなりました。</translation>
    </message>
    <message>
        <source>It was withdrawn (for example after a password change or in the account's security settings) or has expired.</source>
        <translation>（パスワードの変更やアカウントのセキュリティ設定などで）取り消されたか、有効期限が切れています。</translation>
    </message>
</context>
<context>
    <name>DiscoveryCli</name>
    <message>
        <source>Do not look up the settings of an unknown domain over the network (autoconfig, ISPDB, DNS); use the provider list only.</source>
        <translation>一覧にないドメインの設定をネットワークで調べません（autoconfig、ISPDB、DNS）。メールサービスの一覧だけを使います。</translation>
    </message>
    <message>
        <source>The base URL of Thunderbird's ISPDB (default: %1); the domain is appended.</source>
        <translation>Thunderbird の ISPDB の基本 URL（既定：%1）。末尾にドメインを付けて使います。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use looked-up settings that need confirmation (a server outside the address's domain, or an answer over plain http).</source>
        <translation>確認が必要な調べた設定（アドレスのドメイン外のサーバー、または暗号化されていない http で届いた答え）を使います。</translation>
    </message>
    <message>
        <source>Could not look up the settings for “%1”: no name server answered (no network?). Give the server with --imap (and --smtp).</source>
        <translation>「%1」の設定を調べられませんでした。DNS サーバーから返事がありません（ネットワークにつながっていますか）。サーバーを --imap（と --smtp）で指定してください。</translation>
    </message>
    <message>
        <source>No settings were found for “%1”: it is not in the provider list, and neither the domain's own configuration, Thunderbird's ISPDB nor its DNS records (SRV, MX) name an IMAP server. Give the server with --imap (and --smtp).</source>
        <translation>「%1」の設定は見つかりませんでした。メールサービスの一覧になく、ドメイン自身の設定、Thunderbird の ISPDB、DNS のレコード（SRV、MX）のどれにも IMAP サーバーがありません。サーバーを --imap（と --smtp）で指定してください。</translation>
    </message>
    <message>
        <source>The settings for “%1” came over plain http (%2), where anyone on the way could have changed them. Check them with --show-settings; --accept-discovered uses them.</source>
        <translation>「%1」の設定は暗号化されていない http で届きました（%2）。途中で書き換えられたおそれがあります。--show-settings で確かめてください。--accept-discovered を付けるとこの設定を使います。</translation>
    </message>
    <message>
        <source>The settings found for “%1” (%2) name a server outside that domain (%3). Check them with --show-settings; --accept-discovered uses them.</source>
        <translation>「%1」について見つかった設定（%2）は、そのドメインの外のサーバー（%3）を指しています。--show-settings で確かめてください。--accept-discovered を付けるとこの設定を使います。</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Explain a diagnosis code (such as wrong-credentials): what it means and what to do, with the provider's own steps after the general ones when --provider or --email names one. Connects to nothing.</source>
        <translation>診断コード（wrong-credentials など）の意味と、次にすることを表示します。--provider か --email でメールサービスがわかる場合は、一般的な手順のあとにそのメールサービスの手順も表示します。どこにも接続しません。</translation>
    </message>
    <message>
        <source>--explain: "%1" is not a diagnosis code. Known codes: %2.</source>
        <translation>--explain：「%1」は診断コードではありません。使えるコード：%2。</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>次にすること：</translation>
    </message>
    <message>
        <source>More help: %1</source>
        <translation>くわしいヘルプ：%1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write the settings as a file for another device: mobileconfig (iPhone/iPad/Mac profile), clientconfig (Thunderbird) or pdf (printable sheet). Never holds the password.</source>
        <translation>設定をほかの端末用のファイルに書き出します：mobileconfig（iPhone/iPad/Mac のプロファイル）、clientconfig（Thunderbird）、pdf（印刷用の設定シート）。パスワードは入りません。</translation>
    </message>
    <message>
        <source>With --export: the file to write (- for standard output; not for pdf).</source>
        <translation>--export の書き出し先のファイル（- で標準出力。pdf では使えません）。</translation>
    </message>
    <message>
        <source>--export must be mobileconfig, clientconfig or pdf (got "%1").</source>
        <translation>--export には mobileconfig、clientconfig、pdf のどれかを指定してください（指定された値："%1"）。</translation>
    </message>
    <message>
        <source>--export needs --output FILE (- for standard output).</source>
        <translation>--export には --output FILE が必要です（- で標準出力）。</translation>
    </message>
    <message>
        <source>A PDF does not go to standard output: give a file name with --output.</source>
        <translation>PDF は標準出力には書き出せません。--output でファイル名を指定してください。</translation>
    </message>
    <message>
        <source>There is no incoming mail server (IMAP) for this address: give it with --imap.</source>
        <translation>このアドレスの受信メールサーバー（IMAP）がわかりません。--imap で指定してください。</translation>
    </message>
    <message>
        <source>--export needs the mail address: give --email ADDRESS.</source>
        <translation>--export にはメールアドレスが必要です。--email ADDRESS で指定してください。</translation>
    </message>
    <message>
        <source>The user name is not known for this provider: give it with --user.</source>
        <translation>このメールサービスではユーザー名が決まっていません。--user で指定してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>標準出力</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
</context>
<context>
    <name>HandoffText</name>
    <message>
        <source>Mail: %1</source>
        <translation>メール：%1</translation>
    </message>
    <message>
        <source>Incoming and outgoing mail settings for %1. The profile holds no password: the device asks for it when you install the profile.</source>
        <translation>%1 の受信・送信サーバーの設定です。このプロファイルにパスワードは入っていません。インストールするときに端末がパスワードをたずねます。</translation>
    </message>
    <message>
        <source>IMAP Password Wizard</source>
        <translation>IMAPパスワード設定ウィザード</translation>
    </message>
    <message>
        <source>There is no incoming mail server (IMAP) to write into the file.</source>
        <translation>ファイルに書き込む受信メールサーバー（IMAP）がありません。</translation>
    </message>
    <message>
        <source>An iPhone profile needs the outgoing mail server (SMTP) too, and this account has none.</source>
        <translation>iPhone 用のプロファイルには送信メールサーバー（SMTP）も必要ですが、このアカウントにはありません。</translation>
    </message>
    <message>
        <source>Use your carrier's own profile first: %1 Installing this profile as well would add a second account for the same address.</source>
        <translation>まず携帯電話会社が用意しているプロファイルをお使いください：%1 このプロファイルも一緒にインストールすると、同じアドレスのアカウントが 2 つできてしまいます。</translation>
    </message>
    <message>
        <source>This account signs in with the browser. On the iPhone, add it as an Outlook or Google account (Settings → Apps → Mail → Mail Accounts → Add Account) instead of installing this profile: the profile can only hold a password login.</source>
        <translation>このアカウントはブラウザーでサインインします。iPhone では、このプロファイルをインストールせずに、Outlook または Google のアカウントとして追加してください（設定 → アプリ → メール → メールアカウント → アカウントを追加）。プロファイルはパスワードでのログインにしか対応していません。</translation>
    </message>
    <message>
        <source>The profile holds no password. When you install it, the iPhone asks for the password: type the %1 you just checked here.</source>
        <translation>プロファイルにパスワードは入っていません。インストールするときに iPhone がパスワードをたずねるので、ここで確認した %1 を入力してください。</translation>
    </message>
    <message>
        <source>The profile holds no password. When you install it, the iPhone asks for the password: type the one you just checked here.</source>
        <translation>プロファイルにパスワードは入っていません。インストールするときに iPhone がパスワードをたずねるので、ここで確認したパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The profile is not signed, so the iPhone shows "Not Signed" (or "Unverified"). That is expected: it was made on this PC, and it only holds the settings shown here.</source>
        <translation>このプロファイルには署名がないため、iPhone に「署名なし」（または「未検証」）と表示されます。このパソコンで作ったもので、ここに表示されている設定だけが入っているため、問題ありません。</translation>
    </message>
    <message>
        <source>The server encrypts with STARTTLS, so "Use SSL" is off in the profile. The iPhone then switches to encryption when the server offers it, as this one does, but iOS has no setting to refuse to go on without it.</source>
        <translation>このサーバーは STARTTLS で暗号化するため、プロファイルでは「SSL を使用」がオフになっています。iPhone はサーバーが対応していれば自動で暗号化に切り替えます（このサーバーは対応しています）。ただし、暗号化できないときに接続をやめる設定は iOS にはありません。</translation>
    </message>
    <message>
        <source>A server of this account is not encrypted: the iPhone will send the password over the network where others could read it. Ask your mail service for its encrypted settings (SSL/TLS or STARTTLS) if you can.</source>
        <translation>このアカウントのサーバーは暗号化されていません。iPhone はパスワードを、ほかの人にも読める形でネットワークに送ってしまいます。できれば、メールサービスに暗号化された設定（SSL/TLS または STARTTLS）をたずねてください。</translation>
    </message>
</context>
<context>
    <name>HelpTopicCommand</name>
    <message>
        <source>Print a help topic from the guide (words, checklist, questions, safety, iPhone profiles).</source>
        <translation>ガイドのヘルプを表示します（ことばの説明、チェックリスト、よくある質問、安全のために、iPhone のプロファイル）。</translation>
    </message>
    <message>
        <source>--help-topic must be one of %1 (got "%2").</source>
        <translation>--help-topic には %1 のどれかを指定してください（指定された値：「%2」）。</translation>
    </message>
</context>
<context>
    <name>HelpTopics</name>
    <message>
        <source>Words used here</source>
        <translation>ことばの説明</translation>
    </message>
    <message>
        <source>Before you try again</source>
        <translation>もう一度試す前に</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>よくある質問</translation>
    </message>
    <message>
        <source>Keeping your mail safe</source>
        <translation>メールを安全に使うために</translation>
    </message>
    <message>
        <source>iPhone and phone mail apps</source>
        <translation>iPhone・スマートフォンのメール設定</translation>
    </message>
</context>
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
        <translation>ログイン名：%1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>メールサービス：%1</translation>
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
        <translation>最終確認日時：%1</translation>
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
    <message>
        <source>Found by: %1 on %2 (%3)</source>
        <translation>設定の取得元：%1、%2 に取得（%3）</translation>
    </message>
</context>
<context>
    <name>KeychainText</name>
    <message>
        <source>%1 (Details: %2)</source>
        <translation>%1（詳細：%2）</translation>
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
    <message>
        <source>“%1” is not a mail address that can be saved: it needs a name, an @ and a valid domain, without spaces. Check the address and save again.</source>
        <translation>「%1」は保存できるメールアドレスではありません。名前、@、正しいドメインが必要で、空白は使えません。アドレスを確認して、もう一度保存してください。</translation>
    </message>
</context>
<context>
    <name>NextStepText</name>
    <message>
        <source>Turn on IMAP access for %1: %2</source>
        <translation>%1 で IMAP のアクセスを有効にしてください：%2</translation>
    </message>
    <message>
        <source>Wait before trying again, and if it stays like this contact %1 through %2.</source>
        <translation>しばらく待ってからお試しいただき、それでも変わらない場合は %2 から %1 に問い合わせてください。</translation>
    </message>
    <message>
        <source>Then check again with it.</source>
        <translation>そのあと、そのパスワードでもう一度確かめてください。</translation>
    </message>
    <message>
        <source>Then enter it again: "Reissue the password" shows the steps in order.</source>
        <translation>そのあと、もう一度入力してください。手順は「パスワードを再発行」で順に表示されます。</translation>
    </message>
    <message>
        <source>If the password is right, the IMAP access setting may be off: %1.</source>
        <translation>パスワードが正しい場合は、IMAP でのアクセスの設定がオフになっているかもしれません：%1。</translation>
    </message>
    <message>
        <source>This is a 4-digit number. The %1 is longer: a 4-digit number is usually a PIN (such as docomo's network PIN, ネットワーク暗証番号), which opens the provider's page but is not the password for mail apps.</source>
        <translation>4 桁の数字が入力されています。「%1」はもっと長い文字列です。4 桁の数字はふつう暗証番号（ドコモのネットワーク暗証番号など）で、メールサービスのページを開くときには使いますが、メールアプリのパスワードではありません。</translation>
    </message>
    <message>
        <source>%1 wants its %2 here.</source>
        <translation>%1 では、ここに「%2」を入力します。</translation>
    </message>
    <message>
        <source>Check it on %1, or reissue it there, then check again with it.</source>
        <translation>%1 で確認するか再発行してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>Check it on %1, or reissue it there, then enter it again: "Reissue the password" shows the steps in order.</source>
        <translation>%1 で確認するか再発行してから、もう一度入力してください。手順は「パスワードを再発行」で順に表示されます。</translation>
    </message>
    <message>
        <source>Check it on %1.</source>
        <translation>%1 で確認してください。</translation>
    </message>
    <message>
        <source>It cannot be shown: change it to a new one on %1.</source>
        <translation>今のパスワードは表示できないので、%1 で新しいものに変更してください。</translation>
    </message>
    <message>
        <source>It cannot be shown again: delete it and create a new one on %1.</source>
        <translation>あとから表示することはできないので、%1 で削除して作り直してください。</translation>
    </message>
    <message>
        <source>Have a new one issued on %1.</source>
        <translation>%1 で再発行してください。</translation>
    </message>
    <message>
        <source>%1 no longer accepts passwords from mail apps: they must sign in through its own page (OAuth2).</source>
        <translation>%1 は、メールアプリからのパスワードを受け付けなくなり、メールサービス自身の画面でのサインイン（OAuth2）が必要になりました。</translation>
    </message>
    <message>
        <source>Check the account with --oauth (browser sign-in); in your mail app, remove the account and add it again with %1's own sign-in.</source>
        <translation>--oauth（ブラウザーでサインイン）で確認してください。メールアプリでは、アカウントをいったん削除し、%1 のサインインで追加し直してください。</translation>
    </message>
    <message>
        <source>Check the account with --oauth (browser sign-in); in your mail app, remove the account and add it again with "%1".</source>
        <translation>--oauth（ブラウザーでサインイン）で確認してください。メールアプリでは、アカウントをいったん削除し、「%1」で追加し直してください。</translation>
    </message>
    <message>
        <source>Check the account with "Sign in with your browser" in this wizard; in your mail app, remove the account and add it again with %1's own sign-in.</source>
        <translation>このウィザードでは「ブラウザーでサインイン」で確認してください。メールアプリでは、アカウントをいったん削除し、%1 のサインインで追加し直してください。</translation>
    </message>
    <message>
        <source>Check the account with "Sign in with your browser" in this wizard; in your mail app, remove the account and add it again with "%1" (Outlook, Thunderbird, iPhone and Android mail apps offer it).</source>
        <translation>このウィザードでは「ブラウザーでサインイン」で確認してください。メールアプリでは、アカウントをいったん削除し、「%1」で追加し直してください（Outlook、Thunderbird、iPhone や Android のメールアプリで使えます）。</translation>
    </message>
    <message>
        <source>See whether %1 reports a problem on %2, and check again later.</source>
        <translation>%2 で %1 に障害が出ていないか確認し、時間をおいてもう一度確認してください。</translation>
    </message>
    <message>
        <source>Your password may well be right.</source>
        <translation>パスワードは正しい可能性が高いです。</translation>
    </message>
    <message>
        <source>At %1, IMAP access is not a setting you can change yourself.</source>
        <translation>%1 では、IMAP のアクセスはご自身で変更できる設定ではありません。</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the provider file's words on IMAP access, as a sentence</comment>
        <translation>%1。</translation>
    </message>
</context>
<context>
    <name>OAuthCli</name>
    <message>
        <source>Sign in with the browser (OAuth 2.0) instead of a password.</source>
        <translation>パスワードの代わりに、ブラウザーでサインインします（OAuth 2.0）。</translation>
    </message>
    <message>
        <source>With --oauth: do not open a browser; print the sign-in address and wait for the redirect.</source>
        <translation>--oauth と一緒に使います：ブラウザーを開かず、サインイン用のアドレスを表示して、リダイレクトを待ちます。</translation>
    </message>
    <message>
        <source>With --oauth: the client ID to use (overrides the configuration).</source>
        <translation>--oauth と一緒に使います：使うクライアント ID（設定より優先されます）。</translation>
    </message>
    <message>
        <source>With --oauth: the client secret, for providers that issue one.</source>
        <translation>--oauth と一緒に使います：クライアント シークレット（発行するメールサービスの場合）。</translation>
    </message>
    <message>
        <source>With --oauth: the authorization endpoint (overrides the provider's).</source>
        <translation>--oauth と一緒に使います：認可エンドポイント（メールサービスの値より優先されます）。</translation>
    </message>
    <message>
        <source>With --oauth: the token endpoint (overrides the provider's).</source>
        <translation>--oauth と一緒に使います：トークン エンドポイント（メールサービスの値より優先されます）。</translation>
    </message>
    <message>
        <source>With --oauth: the scopes, separated by spaces (overrides the provider's).</source>
        <translation>--oauth と一緒に使います：スコープをスペース区切りで指定します（メールサービスの値より優先されます）。</translation>
    </message>
    <message>
        <source>With --oauth: the redirect address host: 127.0.0.1 or localhost.</source>
        <translation>--oauth と一緒に使います：リダイレクト先のホスト（127.0.0.1 または localhost）。</translation>
    </message>
    <message>
        <source>How the token is sent: auto (OAUTHBEARER when offered, else XOAUTH2), oauthbearer or xoauth2.</source>
        <translation>トークンの送り方：auto（サーバーが対応していれば OAUTHBEARER、なければ XOAUTH2）、oauthbearer、xoauth2 のいずれか。</translation>
    </message>
    <message>
        <source>With --oauth: how long to wait for the browser, in seconds (default 300).</source>
        <translation>--oauth と一緒に使います：ブラウザーでの操作を待つ秒数（既定は 300 秒）。</translation>
    </message>
    <message>
        <source>“%1” is not an OAuth mechanism: use auto, oauthbearer or xoauth2.</source>
        <translation>「%1」は OAuth の方式ではありません。auto、oauthbearer、xoauth2 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--%1 needs an http or https address (got “%2”).</source>
        <translation>--%1 には http または https のアドレスを指定してください（指定された値：「%2」）。</translation>
    </message>
    <message>
        <source>--oauth-redirect-host must be 127.0.0.1 or localhost (got “%1”).</source>
        <translation>--oauth-redirect-host には 127.0.0.1 か localhost を指定してください（指定された値：「%1」）。</translation>
    </message>
    <message>
        <source>--oauth-timeout must be a number of seconds from 1 to 3600.</source>
        <translation>--oauth-timeout には 1〜3600 の秒数を指定してください。</translation>
    </message>
    <message>
        <source>Browser sign-in is not set up in this build: no OAuth client ID is configured for %1. Register this application with the provider and put the client ID in %2 (group [%1], key clientId), or pass --oauth-client-id. See docs/oauth.md.</source>
        <translation>このビルドでは、ブラウザーでのサインインが設定されていません（%1 の OAuth クライアント ID がありません）。このアプリをメールサービスに登録し、発行されたクライアント ID を %2 に書くか（グループ [%1]、キー clientId）、--oauth-client-id で指定してください。詳しくは docs/oauth.md をご覧ください。</translation>
    </message>
    <message>
        <source>this provider</source>
        <translation>このメールサービス</translation>
    </message>
    <message>
        <source>The browser could not be opened: open the address above yourself.</source>
        <translation>ブラウザーを開けませんでした。上のアドレスをご自分でブラウザーに貼り付けて開いてください。</translation>
    </message>
    <message>
        <source>Waiting for the browser… (Ctrl+C cancels)</source>
        <translation>ブラウザーでのサインインを待っています…（Ctrl+C で中止します）</translation>
    </message>
    <message>
        <source>The provider issued a new sign-in token, but it could not be saved (%1): sign in again with --oauth --save.</source>
        <translation>メールサービスから新しいサインイン用トークンが発行されましたが、保存できませんでした（%1）。--oauth --save でもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>With --oauth: read the client secret from the first line of FILE (keeps it out of the process list).</source>
        <translation>--oauth と一緒に：クライアントシークレットを FILE の 1 行目から読み込みます（ほかのプログラムから見える一覧に載りません）。</translation>
    </message>
    <message>
        <source>Give the client secret once: --oauth-client-secret or --oauth-client-secret-file.</source>
        <translation>クライアントシークレットは --oauth-client-secret か --oauth-client-secret-file のどちらか一つで指定してください。</translation>
    </message>
    <message>
        <source>The client secret file %1 cannot be read: %2</source>
        <translation>クライアントシークレットのファイル %1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>The client secret file %1 is too large to hold a client secret.</source>
        <translation>クライアントシークレットのファイル %1 は大きすぎます。ファイルが正しいかご確認ください。</translation>
    </message>
    <message>
        <source>The client secret file %1 is empty.</source>
        <translation>クライアントシークレットのファイル %1 は空です。</translation>
    </message>
    <message>
        <source>This application's client ID for %1 is used only with %1's own sign-in addresses, and the provider file or the --oauth-* options name others. Give them a client ID of their own (--oauth-client-id, or the provider's own issuer in %2).</source>
        <translation>このアプリが %1 用に持っているクライアント ID は、%1 自身のサインイン用アドレスでだけ使います。メールサービスのファイルまたは --oauth-* オプションが別のアドレスを指定しています。そのアドレスには専用のクライアント ID を指定してください（--oauth-client-id、または %2 にそのメールサービス専用の発行元を書きます）。</translation>
    </message>
    <message>
        <source>A sign-in with %1 is sent only to %1's own mail servers, and the servers to check are not among them. Nothing was sent. Check the provider file, the saved account or --imap/--smtp.</source>
        <translation>%1 のサインイン情報は、%1 自身のメールサーバーにだけ送ります。確認しようとしたサーバーはその中にありません。何も送っていません。メールサービスのファイル、保存したアカウント、または --imap/--smtp を確認してください。</translation>
    </message>
</context>
<context>
    <name>ProviderCli</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>暗号化なし</translation>
    </message>
    <message>
        <source>(unknown: give it with the options, or copy it from the provider's settings page)</source>
        <translation>（不明です。オプションで指定するか、メールサービスの設定ページからコピーしてください）</translation>
    </message>
    <message>
        <source>List the providers this program knows (with --json: as JSON).</source>
        <translation>このプログラムが知っているメールサービスを一覧表示します（--json を付けると JSON で出力します）。</translation>
    </message>
    <message>
        <source>Use the servers and login rule of provider &lt;id&gt; (see --list-providers).</source>
        <translation>メールサービス &lt;id&gt; のサーバーとログイン名の決まりを使います（--list-providers で確認できます）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The mail address: picks the provider by its domain and forms the login name.</source>
        <translation>メールアドレスです。ドメインからメールサービスを選び、ログイン名を作ります。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Use a provider file you bring: one of ours (JSON) or a Thunderbird clientConfig (XML).</source>
        <translation>お手元のプロバイダーファイルを使います。このプログラムの形式（JSON）か、Thunderbird の clientConfig 形式（XML）に対応しています。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Also read the provider files (*.json) in &lt;folder&gt;; they replace built-in entries with the same id. Default: $IPW_PROVIDERS_DIR.</source>
        <translation>&lt;folder&gt; にあるプロバイダーファイル（*.json）も読み込みます。同じ id の組み込みの項目は置き換えられます。既定値は $IPW_PROVIDERS_DIR です。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Print the settings a check would use, without connecting (with --json: as JSON).</source>
        <translation>接続はせずに、確認に使う設定を表示します（--json を付けると JSON で出力します）。</translation>
    </message>
    <message>
        <source>“%1” is not a mail address.</source>
        <translation>「%1」はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>There is no provider “%1”. --list-providers shows the ones this program knows.</source>
        <translation>メールサービス「%1」はありません。このプログラムが知っているメールサービスは --list-providers で確認できます。</translation>
    </message>
    <message>
        <source>No provider is known for “%1”. Give the server with --imap (and --smtp), or choose one with --provider.</source>
        <translation>「%1」のメールサービスは登録されていません。--imap（と --smtp）でサーバーを指定するか、--provider でメールサービスを選んでください。</translation>
    </message>
    <message>
        <source>Provider: none (settings typed by hand)</source>
        <translation>メールサービス：なし（手動で入力した設定）</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>メールサービス：%1（%2）</translation>
    </message>
    <message>
        <source>Provider: %1 (from the provider file)</source>
        <translation>メールサービス：%1（プロバイダーファイルから）</translation>
    </message>
    <message>
        <source>Login name: %1</source>
        <translation>ログイン名：%1</translation>
    </message>
    <message>
        <source>Login name: unknown. %1</source>
        <translation>ログイン名：不明です。%1</translation>
    </message>
    <message>
        <source>Login name: unknown (give --email or --user)</source>
        <translation>ログイン名：不明です（--email か --user で指定してください）</translation>
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
        <source>TLS exception: legacy renegotiation is allowed for %1 only (the server lacks secure renegotiation).</source>
        <translation>TLS の例外：%1 に限り、従来の再ネゴシエーションを許可します（このサーバーは安全な再ネゴシエーションに対応していません）。</translation>
    </message>
    <message>
        <source>Please confirm these on the provider's page: %1</source>
        <translation>次の項目はメールサービスのページで確認してください：%1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ほか %1 件</translation>
    </message>
    <message>
        <source>Password to use: %1</source>
        <translation>使うパスワード：%1</translation>
    </message>
    <message>
        <source>This provider accepts OAuth2 sign-in only: it rejects passwords and app passwords, so a password check cannot succeed.</source>
        <translation>このメールサービスは OAuth2 でのサインインのみに対応しています。パスワードやアプリ パスワードは受け付けないため、パスワードでの確認は成功しません。</translation>
    </message>
    <message>
        <source>Login name for sending (SMTP): %1</source>
        <translation>送信（SMTP）のログイン名：%1</translation>
    </message>
    <message>
        <source>Matched by: %1 (the address is at a subdomain of it; whether such addresses use the same servers is unconfirmed)</source>
        <translation>一致したドメイン：%1（アドレスはそのサブドメインです。同じサーバーを使うかどうかは未確認です）</translation>
    </message>
    <message>
        <source>Matched by: %1</source>
        <translation>一致したドメイン：%1</translation>
    </message>
    <message>
        <source>Status page (outages): %1 %2</source>
        <translation>障害情報のページ：%1 %2</translation>
    </message>
</context>
<context>
    <name>ProviderFileError</name>
    <message>
        <source>cannot be read.</source>
        <translation>読み込めません。</translation>
    </message>
    <message>
        <source>is not well-formed (line %1).</source>
        <translation>書式に誤りがあります（%1 行目）。</translation>
    </message>
    <message>
        <source>does not contain a JSON object.</source>
        <translation>JSON のオブジェクトが含まれていません。</translation>
    </message>
    <message>
        <source>has no "format": 1, or a format this version does not know.</source>
        <translation>"format": 1 がないか、このバージョンが知らない形式です。</translation>
    </message>
    <message>
        <source>lacks the field “%1”.</source>
        <translation>項目「%1」がありません。</translation>
    </message>
    <message>
        <source>has a field “%1” that the format does not know (a typo?).</source>
        <translation>形式にない項目「%1」があります（入力ミスではありませんか）。</translation>
    </message>
    <message>
        <source>has the wrong kind of value in “%1”.</source>
        <translation>「%1」の値の種類が正しくありません。</translation>
    </message>
    <message>
        <source>has an empty text in “%1”.</source>
        <translation>「%1」の文章が空です。</translation>
    </message>
    <message>
        <source>has no Japanese in the Japanese text “%1”.</source>
        <translation>日本語の文章「%1」に日本語が含まれていません。</translation>
    </message>
    <message>
        <source>has a different number of Japanese and English entries in “%1”.</source>
        <translation>「%1」の日本語と英語の項目の数が違います。</translation>
    </message>
    <message>
        <source>has a value in “%1” that is not allowed there.</source>
        <translation>「%1」に使えない値があります。</translation>
    </message>
    <message>
        <source>has an id in “%1” that is not lower-case letters, digits, dots and dashes, or differs from the file name.</source>
        <translation>「%1」の id が、英小文字・数字・ドット・ハイフン以外を含んでいるか、ファイル名と一致しません。</translation>
    </message>
    <message>
        <source>has an invalid host name in “%1”.</source>
        <translation>「%1」のホスト名が正しくありません。</translation>
    </message>
    <message>
        <source>has a value in “%1” that is not a port number (1–65535).</source>
        <translation>「%1」の値がポート番号（1〜65535）ではありません。</translation>
    </message>
    <message>
        <source>has an address in “%1” that is not an https URL.</source>
        <translation>「%1」のアドレスが https の URL ではありません。</translation>
    </message>
    <message>
        <source>has a date in “%1” that is not YYYY-MM-DD.</source>
        <translation>「%1」の日付が YYYY-MM-DD の形ではありません。</translation>
    </message>
    <message>
        <source>names a source in “%1” that “references” does not list.</source>
        <translation>「%1」に、references に載っていない出典が指定されています。</translation>
    </message>
    <message>
        <source>states a fact without a source: “%1”.</source>
        <translation>出典のない情報があります：「%1」</translation>
    </message>
    <message>
        <source>lists “%1” as uncertain, but there is no such field.</source>
        <translation>「%1」が未確認の項目として挙げられていますが、そのような項目はありません。</translation>
    </message>
    <message>
        <source>claims a mail domain in “%1” that another provider already serves.</source>
        <translation>「%1」のメールドメインは、すでに別のメールサービスが使っています。</translation>
    </message>
    <message>
        <source>is neither one of our provider files nor a Thunderbird clientConfig file.</source>
        <translation>このプログラムのプロバイダーファイルでも、Thunderbird の clientConfig ファイルでもありません。</translation>
    </message>
    <message>
        <source>lists no IMAP server (only POP or other servers).</source>
        <translation>IMAP サーバーが載っていません（POP などのサーバーだけです）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ResultOutput</name>
    <message>
        <source>Stopped at: %1</source>
        <translation>止まった所：%1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法：%1</translation>
    </message>
    <message>
        <source>Message from the server: %1</source>
        <translation>サーバーからのお知らせ：%1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>サーバーの応答：%1</translation>
    </message>
    <message>
        <source>%1 folders; %2 messages in the inbox.</source>
        <translation>フォルダー %1 個、受信トレイのメール %2 通。</translation>
    </message>
    <message>
        <source>The server's certificate:</source>
        <translation>サーバーの証明書：</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>証明書：</translation>
    </message>
    <message>
        <source>  Subject: %1</source>
        <translation>  発行先：%1</translation>
    </message>
    <message>
        <source>  Issuer: %1</source>
        <translation>  発行者：%1</translation>
    </message>
    <message>
        <source>  Valid from %1 to %2</source>
        <translation>  有効期間：%1 〜 %2</translation>
    </message>
    <message>
        <source>  SHA-256: %1</source>
        <translation>  SHA-256：%1</translation>
    </message>
    <message>
        <source>If you have confirmed with your provider that this is their certificate, you can trust exactly this one with --trust-cert %1</source>
        <translation>これがメールサービスの証明書であることを確認できた場合は、--trust-cert %1 でこの証明書だけを信頼できます。</translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>所要時間：%1 秒</translation>
    </message>
    <message>
        <source>Result: the login works.</source>
        <translation>結果：ログインできることを確認しました。</translation>
    </message>
    <message>
        <source>Result: the login was not verified.</source>
        <translation>結果：ログインを確認できませんでした。</translation>
    </message>
    <message>
        <source>The server's reason for refusing the sign-in (OAuth status): %1</source>
        <translation>サーバーがサインインを拒否した理由（OAuth のステータス）：%1</translation>
    </message>
    <message>
        <source>Sign-in method: %1</source>
        <translation>サインイン方式：%1</translation>
    </message>
    <message>
        <source>Browser sign-in (OAuth 2.0): %1</source>
        <translation>ブラウザーでのサインイン（OAuth 2.0）：%1</translation>
    </message>
    <message>
        <source>The provider said: %1</source>
        <translation>メールサービスからの応答：%1</translation>
    </message>
    <message>
        <source>The provider's page to confirm this sign-in (open it yourself if you want): %1</source>
        <translation>このサインインを確認するためのメールサービスのページ（開くかどうかはご自身で決めてください）：%1</translation>
    </message>
</context>
<context>
    <name>SettingsSheetPdf</name>
    <message>
        <source>Mail settings for %1</source>
        <translation>%1 のメール設定</translation>
    </message>
    <message>
        <source>This sheet holds no password. Each device asks for it: type it there yourself, and keep this sheet as safe as any note about your mail.</source>
        <translation>このシートにパスワードは書かれていません。パスワードは各端末でたずねられたときに、ご自分で入力してください。このシートも、メールに関するほかのメモと同じように大切に保管してください。</translation>
    </message>
    <message>
        <source>Made by IMAP Password Wizard on %1.</source>
        <translation>IMAPパスワード設定ウィザードで %1 に作成しました。</translation>
    </message>
</context>
<context>
    <name>StdinPassword</name>
    <message>
        <source>Password (it is not shown as you type): </source>
        <translation>パスワード（入力しても画面には表示されません）: </translation>
    </message>
    <message>
        <source>Password (careful: this terminal shows it as you type): </source>
        <translation>パスワード（ご注意：この画面では入力した文字が表示されます）: </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Checks an IMAP/SMTP login for real and explains why it fails.</source>
        <translation>IMAP/SMTP のログインを実際に確認し、失敗した理由を説明します。</translation>
    </message>
    <message>
        <source>Run imap-password-check --help for the options.</source>
        <translation>オプションの一覧は imap-password-check --help で確認できます。</translation>
    </message>
    <message>
        <source>--lang must be ja or en (got "%1").</source>
        <translation>--lang には ja か en を指定してください（指定された値：「%1」）。</translation>
    </message>
    <message>
        <source>Language of the output.</source>
        <translation>出力する言語。</translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin (it is never accepted as an argument).</source>
        <translation>パスワードは --password-stdin を付けて標準入力から渡してください（引数では受け付けません）。</translation>
    </message>
    <message>
        <source>The password read from standard input is empty.</source>
        <translation>標準入力から読み取ったパスワードが空です。</translation>
    </message>
    <message>
        <source>“%1” is not a security setting: use tls, starttls or none.</source>
        <translation>「%1」は暗号化方式ではありません。tls、starttls、none のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--save needs --email ADDRESS to name the account.</source>
        <translation>--save には、保存するアカウントを示す --email ADDRESS が必要です。</translation>
    </message>
    <message>
        <source>--oauth signs in anew and --use-saved uses the saved sign-in: give only one of them (to replace a saved sign-in, use --oauth --email ADDRESS --save).</source>
        <translation>--oauth は新しくサインインし、--use-saved は保存済みのサインインを使います。どちらか一方だけを指定してください（保存済みのサインインを置き換えるには --oauth --email ADDRESS --save を使います）。</translation>
    </message>
    <message>
        <source>--oauth signs in without a password: leave out --password-stdin.</source>
        <translation>--oauth はパスワードを使わずにサインインします。--password-stdin は付けないでください。</translation>
    </message>
    <message>
        <source>The provider issued no refresh token, so there is nothing to save: sign in again next time.</source>
        <translation>メールサービスからリフレッシュ トークンが発行されなかったため、保存できるものがありません。次回はもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>This check cannot be saved: an account needs its IMAP server checked.</source>
        <translation>この確認結果は保存できません。アカウントを保存するには IMAP サーバーの確認が必要です。</translation>
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
        <translation>TLS ライブラリ：利用できません。接続を確認できません。</translation>
    </message>
    <message>
        <source>TLS library: %1</source>
        <translation>TLS ライブラリ：%1</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>詳細をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ipw::AccountPage</name>
    <message>
        <source>The address contains full-width (全角) characters. Mail addresses use half-width (半角) characters only.</source>
        <translation>メールアドレスに全角文字が含まれています。メールアドレスには半角文字だけを使います。</translation>
    </message>
    <message>
        <source>Enter the whole address, with @ and the part after it (e.g. taro@docomo.ne.jp).</source>
        <translation>@ とそのあとの部分も含めて、メールアドレス全体を入力してください（例：taro@docomo.ne.jp）。</translation>
    </message>
    <message>
        <source>Enter the part before the @ too (e.g. taro@docomo.ne.jp).</source>
        <translation>@ より前の部分も入力してください（例：taro@docomo.ne.jp）。</translation>
    </message>
    <message>
        <source>The part after the @ is not a valid mail domain (e.g. docomo.ne.jp).</source>
        <translation>@ より後ろの部分が、メールのドメインとして正しくありません（例：docomo.ne.jp）。</translation>
    </message>
    <message>
        <source>A mail address cannot contain spaces.</source>
        <translation>メールアドレスに空白は使えません。</translation>
    </message>
    <message>
        <source>Addresses like this one are served by %1, but you chose %2.</source>
        <translation>このアドレスは %1 のものですが、%2 が選ばれています。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 にする</translation>
    </message>
    <message>
        <source>Your mail account</source>
        <translation>メールアカウント</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>メールサービス：%1</translation>
    </message>
    <message>
        <source>Enter your address, login name and your provider's server settings.</source>
        <translation>メールアドレス、ログイン名、メールサービスのサーバー設定を入力してください。</translation>
    </message>
    <message>
        <source>Mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>e.g. taro@docomo.ne.jp</source>
        <translation>例：taro@docomo.ne.jp</translation>
    </message>
    <message>
        <source>Convert to half-width</source>
        <translation>半角に変換</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>ログイン名(&amp;L):</translation>
    </message>
    <message>
        <source>Login name (user name for the mail server)</source>
        <translation>ログイン名（メールサーバーのユーザー名）</translation>
    </message>
    <message>
        <source>The login name is your whole mail address.</source>
        <translation>ログイン名はメールアドレス全体です。</translation>
    </message>
    <message>
        <source>The login name is the part of your address before the @.</source>
        <translation>ログイン名はメールアドレスの @ より前の部分です。</translation>
    </message>
    <message>
        <source>%1 uses a login ID of its own, which is not filled in for you.</source>
        <translation>%1 では専用のログイン ID を使うため、自動では入力されません。</translation>
    </message>
    <message>
        <source>Login name: %1</source>
        <translation>ログイン名：%1</translation>
    </message>
    <message>
        <source>Hide server settings</source>
        <translation>サーバー設定を隠す</translation>
    </message>
    <message>
        <source>Show server settings</source>
        <translation>サーバー設定を表示</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>サーバー設定</translation>
    </message>
    <message>
        <source>Also check &amp;sending mail (SMTP)</source>
        <translation>メールの送信（SMTP）も確認する(&amp;S)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No encryption:&lt;/b&gt; your password and your mail would cross the network readable by anyone on the way. Use this only for a server on your own network, never over Wi-Fi or the internet.</source>
        <translation>&lt;b&gt;暗号化なし:&lt;/b&gt; パスワードとメールが、途中の誰でも読める状態でネットワークを流れます。自宅や社内のネットワークにあるサーバーに限って使い、Wi-Fi やインターネット越しには使わないでください。</translation>
    </message>
    <message>
        <source>I understand: send the password &amp;unencrypted to this server</source>
        <translation>理解しました。このサーバーにはパスワードを暗号化せずに送ります(&amp;U)</translation>
    </message>
    <message>
        <source>incoming server name</source>
        <translation>受信サーバー名</translation>
    </message>
    <message>
        <source>outgoing server name</source>
        <translation>送信サーバー名</translation>
    </message>
    <message>
        <source>incoming port</source>
        <translation>受信ポート</translation>
    </message>
    <message>
        <source>outgoing port</source>
        <translation>送信ポート</translation>
    </message>
    <message>
        <source>incoming security</source>
        <translation>受信の暗号化方式</translation>
    </message>
    <message>
        <source>outgoing security</source>
        <translation>送信の暗号化方式</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy these settings from the provider's own page.&lt;/b&gt; No source the wizard could verify gives them, so it does not guess. Not confirmed: %1. Open %2, copy each value exactly as shown, then tick the box below.</source>
        <translation>&lt;b&gt;これらの設定はメールサービスの公式ページからコピーしてください。&lt;/b&gt;確かめられる情報源がないため、ウィザードは推測で入力しません。未確認の項目：%1。%2 を開いて、表示されたとおりに値をコピーしてから、下のチェックボックスをオンにしてください。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Open the settings page</source>
        <translation>設定ページを開く(&amp;O)</translation>
    </message>
    <message>
        <source>I copied these server settings from the provider's own page (%1)</source>
        <translation>これらのサーバー設定をメールサービスの公式ページ（%1）からコピーしました</translation>
    </message>
    <message>
        <source>The settings for %1 come from a provider file in %2, which replaces the entry built into the wizard. If you did not put that file there yourself, do not continue: close the wizard and remove it.</source>
        <translation>%1 の設定は、%2 にあるメールサービスのファイルから読み込んでいます。このファイルは、ウィザードに組み込まれている設定の代わりに使われています。ご自分でこのファイルを置いたのでなければ、先へ進まないでください。ウィザードを閉じて、ファイルを削除してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unconfirmed: compare these settings with the provider's own page.&lt;/b&gt; The wizard filled them in from sources it could not confirm: %1. Open %2, compare each value, correct any that differ, then tick the box below.</source>
        <translation>&lt;b&gt;未確認です。メールサービスのページと見比べてください。&lt;/b&gt;確認できなかった情報をもとに入力しています：%1。%2 を開いて一つずつ見比べ、違うものは直してから、下のチェックボックスをオンにしてください。</translation>
    </message>
    <message>
        <source>The server names, ports and security the wizard uses, to check or change them.</source>
        <translation>ウィザードが使うサーバー名・ポート・セキュリティです。確認や変更ができます。</translation>
    </message>
    <message>
        <source>&amp;Mail address:</source>
        <translation>メールアドレス(&amp;M):</translation>
    </message>
</context>
<context>
    <name>ipw::AnotherDevicePage</name>
    <message>
        <source>Save the settings</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <source>Saved %1. Send it to the iPhone or iPad by AirDrop or mail, and open it there; then install it under Settings → Profile Downloaded.</source>
        <translation>%1 に保存しました。AirDrop かメールで iPhone や iPad に送って開き、「設定」→「プロファイルがダウンロードされました」からインストールしてください。</translation>
    </message>
    <message>
        <source>Saved %1. Print it, or open it on the other device.</source>
        <translation>%1 に保存しました。印刷するか、設定する端末で開いてください。</translation>
    </message>
    <message>
        <source>Saved %1. Thunderbird reads this file when you add the account; this app reads it back as a provider file.</source>
        <translation>%1 に保存しました。Thunderbird でアカウントを追加するときに読み込めます。このアプリでもメールサービスのファイルとして読み込めます。</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>ファイルを保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Set up another device</source>
        <translation>ほかの端末を設定する</translation>
    </message>
    <message>
        <source>Send to my i&amp;Phone (QR code)…</source>
        <translation>iPhone に送る（QR コード）(&amp;P)…</translation>
    </message>
    <message>
        <source>Save a printable &amp;sheet (PDF)…</source>
        <translation>印刷用の設定シート（PDF）を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save a &amp;Thunderbird file…</source>
        <translation>Thunderbird 用のファイルを保存(&amp;T)…</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>アカウント：%1</translation>
    </message>
    <message>
        <source>Before you install the iPhone/iPad profile</source>
        <translation>iPhone/iPad 用のプロファイルをインストールする前に</translation>
    </message>
    <message>
        <source>Put the settings you checked on the phone or computer whose mail stopped.</source>
        <translation>確認した設定を、メールが止まったスマートフォンやパソコンに入れます。</translation>
    </message>
    <message>
        <source>None of these files holds your password: the device asks for it.</source>
        <translation>どのファイルにもパスワードは入っていません。パスワードは端末がたずねます。</translation>
    </message>
    <message>
        <source>Show a QR code that the iPhone scans to download the settings over this network.</source>
        <translation>iPhone で読み取る QR コードを表示し、このネットワーク経由で設定を渡します。</translation>
    </message>
    <message>
        <source>Save a settings profile to send to the iPhone or iPad yourself.</source>
        <translation>iPhone・iPad に自分で送る設定プロファイルを保存します。</translation>
    </message>
    <message>
        <source>Save the settings as a sheet to print.</source>
        <translation>設定を印刷用のシートとして保存します。</translation>
    </message>
    <message>
        <source>Save the settings as a file that Thunderbird can import.</source>
        <translation>設定を Thunderbird で読み込めるファイルとして保存します。</translation>
    </message>
    <message>
        <source>Save an iPhone/iPad pr&amp;ofile…</source>
        <translation>iPhone/iPad 用のプロファイルを保存(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>ipw::CertificatePanel</name>
    <message>
        <source>&lt;b&gt;Check your computer's clock first.&lt;/b&gt; The date on this computer makes the certificate look not yet valid or long expired, which usually means the clock is wrong, not the server. Correct the date and time, then check again; do not trust the certificate for this.</source>
        <translation>&lt;b&gt;まず、このパソコンの時計を確認してください。&lt;/b&gt;このパソコンの日付では、証明書がまだ有効になっていないか、ずっと前に期限切れになっているように見えます。多くの場合、原因はサーバーではなく時計のずれです。日付と時刻を直してから、もう一度確認してください。この場合は証明書を信頼しないでください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This certificate has expired.&lt;/b&gt; The server's operator must renew it. Until then, trusting it is fairly safe if it is the same certificate as before: compare the SHA-256 fingerprint with the one your provider or administrator publishes.</source>
        <translation>&lt;b&gt;この証明書は有効期限が切れています。&lt;/b&gt;サーバーの運営者が更新する必要があります。それまでの間、以前と同じ証明書であれば信頼しても比較的安全です。SHA-256 フィンガープリントを、メールサービスや管理者が公開しているものと照らし合わせてください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This certificate was made for another server name.&lt;/b&gt; Check the server name for typing mistakes first. Someone between you and the server could be listening in; trust it only if your provider or administrator told you to use this exact certificate.</source>
        <translation>&lt;b&gt;この証明書は別のサーバー名用に発行されています。&lt;/b&gt;まず、サーバー名に入力間違いがないか確認してください。通信途中で第三者に盗み見られているおそれもあります。メールサービスや管理者からこの証明書を使うよう指示された場合にだけ信頼してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody vouches for this certificate&lt;/b&gt; (it is self-signed or from an unknown issuer). Anyone can make such a certificate, including an attacker on your network. Trust it only if your administrator gave you this exact SHA-256 fingerprint.</source>
        <translation>&lt;b&gt;この証明書は、信頼できる発行元によって保証されていません&lt;/b&gt;（自己署名、または不明な発行元です）。このような証明書は、同じネットワーク上の攻撃者を含めて誰でも作れます。管理者からこれと同じ SHA-256 フィンガープリントを知らされている場合にだけ信頼してください。</translation>
    </message>
    <message>
        <source>The server sent no certificate that could be shown.</source>
        <translation>サーバーから表示できる証明書が送られてきませんでした。</translation>
    </message>
    <message>
        <source>Issued to: %1&lt;br&gt;Issued by: %2&lt;br&gt;Valid from %3 to %4&lt;br&gt;SHA-256: &lt;tt&gt;%5&lt;/tt&gt;</source>
        <translation>発行先：%1&lt;br&gt;発行者：%2&lt;br&gt;有効期間：%3 ～ %4&lt;br&gt;SHA-256: &lt;tt&gt;%5&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Trust this certificate for %1 only</source>
        <translation>この証明書を %1 に限って信頼する</translation>
    </message>
    <message>
        <source>%1 — certificate of %2</source>
        <translation>%1 — %2 の証明書</translation>
    </message>
</context>
<context>
    <name>ipw::CopyField</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>Copy this value.</source>
        <translation>この値をコピーします。</translation>
    </message>
    <message>
        <source>Read-only; the Copy button beside it copies it.</source>
        <translation>読み取り専用です。横の「コピー」ボタンでコピーできます。</translation>
    </message>
</context>
<context>
    <name>ipw::DeviceSettingsSheet</name>
    <message>
        <source>Use SSL: on</source>
        <translation>SSL を使用：オン</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>なし（暗号化しない）</translation>
    </message>
    <message>
        <source>Settings for &amp;this device:</source>
        <translation>設定する端末(&amp;T):</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>iPhone / iPad (Mail)</source>
        <translation>iPhone / iPad（メール）</translation>
    </message>
    <message>
        <source>Android (Gmail app)</source>
        <translation>Android（Gmail アプリ）</translation>
    </message>
    <message>
        <source>Outlook for Windows</source>
        <translation>Outlook（Windows）</translation>
    </message>
    <message>
        <source>Thunderbird</source>
        <translation>Thunderbird</translation>
    </message>
    <message>
        <source>On the iPhone: Settings → Apps → Mail → Mail Accounts (iOS 17 and earlier: Settings → Mail → Accounts) → this account → Account. Enter the password under Incoming Mail Server, then under Outgoing Mail Server → SMTP → Primary Server.</source>
        <translation>iPhone では「設定」→「アプリ」→「メール」→「メールアカウント」（iOS 17 以前は「設定」→「メール」→「アカウント」）→ このアカウント →「アカウント」を開きます。「受信メールサーバ」のパスワードを入力し、続けて「送信メールサーバ」→「SMTP」→「プライマリサーバ」にも入力します。</translation>
    </message>
    <message>
        <source>In the Gmail app: menu → Settings → this account → Incoming settings, then Outgoing settings. Other mail apps have the same fields under their account or server settings.</source>
        <translation>Gmail アプリでは、メニュー →「設定」→ このアカウント →「受信設定」、続けて「送信設定」を開きます。ほかのメールアプリでも、アカウント設定やサーバー設定に同じ項目があります。</translation>
    </message>
    <message>
        <source>In classic Outlook: File → Account Settings → Server Settings; the new Outlook asks for the password when you open the account under Settings → Accounts. Use the same password for incoming and outgoing mail.</source>
        <translation>従来の Outlook では「ファイル」→「アカウント設定」→「サーバーの設定」を開きます。新しい Outlook では「設定」→「アカウント」でアカウントを開くとパスワードを求められます。受信と送信には同じパスワードを使います。</translation>
    </message>
    <message>
        <source>In Thunderbird: Account Settings → Server Settings (incoming) and Outgoing Server (SMTP). A password Thunderbird saved earlier is under Settings → Privacy &amp; Security → Saved Passwords: remove it, and Thunderbird asks for the new one.</source>
        <translation>Thunderbird では「アカウント設定」→「サーバー設定」（受信）と「送信 (SMTP) サーバー」を開きます。以前に保存したパスワードは「設定」→「プライバシーとセキュリティ」→「保存されたパスワード」にあります。これを削除すると、Thunderbird が新しいパスワードを尋ねます。</translation>
    </message>
    <message>
        <source>Incoming mail server (IMAP):</source>
        <translation>受信メールサーバー（IMAP）:</translation>
    </message>
    <message>
        <source>Incoming mail server</source>
        <translation>受信メールサーバー</translation>
    </message>
    <message>
        <source>Incoming port:</source>
        <translation>受信ポート:</translation>
    </message>
    <message>
        <source>Incoming port</source>
        <translation>受信ポート</translation>
    </message>
    <message>
        <source>Incoming security:</source>
        <translation>受信の暗号化:</translation>
    </message>
    <message>
        <source>Incoming security</source>
        <translation>受信の暗号化</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP):</source>
        <translation>送信メールサーバー（SMTP）:</translation>
    </message>
    <message>
        <source>Outgoing mail server</source>
        <translation>送信メールサーバー</translation>
    </message>
    <message>
        <source>Outgoing port:</source>
        <translation>送信ポート:</translation>
    </message>
    <message>
        <source>Outgoing port</source>
        <translation>送信ポート</translation>
    </message>
    <message>
        <source>Outgoing security:</source>
        <translation>送信の暗号化:</translation>
    </message>
    <message>
        <source>Outgoing security</source>
        <translation>送信の暗号化</translation>
    </message>
    <message>
        <source>User name (both servers):</source>
        <translation>ユーザー名（受信・送信共通）:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>OAuth2 (sign in with your browser)</source>
        <translation>OAuth2（ブラウザーでサインイン）</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>This account signs in with the browser (OAuth2), not with a password. Where the device asks for a password, choose its browser sign-in instead (often "Sign in with Microsoft" or "Sign in with Google", or OAuth2 as the authentication method).</source>
        <translation>このアカウントはパスワードではなく、ブラウザーでのサインイン（OAuth2）を使います。端末がパスワードを求める画面では、代わりにブラウザーでのサインインを選んでください（「Microsoft でサインイン」「Google でログイン」、または認証方式の「OAuth2」などと表示されます）。</translation>
    </message>
    <message>
        <source>Incoming user name:</source>
        <translation>受信のユーザー名:</translation>
    </message>
    <message>
        <source>Incoming user name</source>
        <translation>受信のユーザー名</translation>
    </message>
    <message>
        <source>Outgoing user name:</source>
        <translation>送信のユーザー名:</translation>
    </message>
    <message>
        <source>Outgoing user name</source>
        <translation>送信のユーザー名</translation>
    </message>
    <message>
        <source>Use SSL: off (STARTTLS, see the note)</source>
        <translation>SSL を使用：オフ（STARTTLS。下の説明をご覧ください）</translation>
    </message>
    <message>
        <source>Use SSL: off (not encrypted)</source>
        <translation>SSL を使用：オフ（暗号化されません）</translation>
    </message>
    <message>
        <source>STARTTLS: the iPhone has no STARTTLS switch. With "Use SSL" off it switches to encryption by itself when the server offers it, as this server does; iOS cannot be told to refuse a server that stops offering it.</source>
        <translation>STARTTLS について：iPhone には STARTTLS の設定がありません。「SSL を使用」がオフのときは、サーバーが対応していれば iPhone が自動で暗号化に切り替えます（このサーバーは対応しています）。ただし、サーバーが暗号化を提供しなくなったときに接続を断るよう iPhone に指定することはできません。</translation>
    </message>
    <message>
        <source>Copy all settings</source>
        <translation>設定をすべてコピー</translation>
    </message>
    <message>
        <source>Where to enter them on this device</source>
        <translation>この端末のどこに入力するか</translation>
    </message>
    <message>
        <source>Copy every setting shown here as text.</source>
        <translation>ここに表示された設定をすべてテキストとしてコピーします。</translation>
    </message>
    <message>
        <source>The device whose names for the settings are shown.</source>
        <translation>設定項目の名前をどの端末の表記で表示するかを選びます。</translation>
    </message>
    <message>
        <source>Cop&amp;y all</source>
        <translation>すべてコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP, not checked):</source>
        <translation>送信メールサーバー（SMTP、未確認）:</translation>
    </message>
    <message>
        <source>Outgoing mail server, not checked</source>
        <translation>送信メールサーバー（未確認）</translation>
    </message>
</context>
<context>
    <name>ipw::Disclosure</name>
    <message>
        <source>Expanded</source>
        <translation>開いています</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>閉じています</translation>
    </message>
</context>
<context>
    <name>ipw::DiscoveryPage</name>
    <message>
        <source>The wizard's list of providers</source>
        <translation>ウィザードのメールサービス一覧</translation>
    </message>
    <message>
        <source>%1's own configuration (https)</source>
        <translation>%1 自身の設定ファイル（https）</translation>
    </message>
    <message>
        <source>Thunderbird's database of providers (ISPDB)</source>
        <translation>Thunderbird のメールサービス一覧（ISPDB）</translation>
    </message>
    <message>
        <source>DNS: the domain's mail server records (SRV)</source>
        <translation>DNS：ドメインのメールサーバーの記録（SRV）</translation>
    </message>
    <message>
        <source>DNS: who receives the domain's mail (MX)</source>
        <translation>DNS：ドメインのメールを受け取るサーバー（MX）</translation>
    </message>
    <message>
        <source>%1's own configuration, unencrypted (http)</source>
        <translation>%1 自身の設定ファイル、暗号化なし（http）</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>問い合わせ中…</translation>
    </message>
    <message>
        <source>found</source>
        <translation>見つかりました</translation>
    </message>
    <message>
        <source>nothing there</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>These settings come from the wizard's list of providers.</source>
        <translation>この設定は、ウィザードのメールサービス一覧から取りました。</translation>
    </message>
    <message>
        <source>These settings come from %1's own configuration.</source>
        <translation>この設定は、%1 自身の設定ファイルから取りました。</translation>
    </message>
    <message>
        <source>These settings come from Thunderbird's database of providers (ISPDB).</source>
        <translation>この設定は、Thunderbird のメールサービス一覧（ISPDB）から取りました。</translation>
    </message>
    <message>
        <source>These settings come from DNS (the domain's SRV records).</source>
        <translation>この設定は、DNS（ドメインの SRV レコード）から取りました。</translation>
    </message>
    <message>
        <source>Your mail is hosted by %1: the wizard uses its settings. If your organization manages the account, its administrator may have turned off IMAP or app passwords.</source>
        <translation>このアドレスのメールは %1 で運用されています。%1 の設定を使います。会社や学校が管理するアカウントでは、管理者が IMAP やアプリ パスワードを無効にしている場合があります。</translation>
    </message>
    <message>
        <source>These settings come from %1's own configuration, but they were sent unencrypted (http): anyone on the way could have changed them.</source>
        <translation>この設定は %1 自身の設定ファイルから取りましたが、暗号化されずに（http で）届きました。途中で誰かが書き換えた可能性があります。</translation>
    </message>
    <message>
        <source>Found at: %1</source>
        <translation>取得元：%1</translation>
    </message>
    <message>
        <source>Check them against your provider's instructions and correct them below if they differ.</source>
        <translation>メールサービスの案内と見比べ、違っていれば下で直してください。</translation>
    </message>
    <message>
        <source>No name server answered, so nothing could be looked up: this computer may be offline. Enter the server settings from your provider's instructions below, or go Back and try again once you are online.</source>
        <translation>DNS サーバーが応答しないため、何も調べられませんでした。パソコンがネットワークにつながっていない可能性があります。メールサービスの案内にあるサーバー設定を下に入力するか、つながってから「戻る」でやり直してください。</translation>
    </message>
    <message>
        <source>Looking up settings on the network is turned off. Enter the server settings from your provider's instructions below.</source>
        <translation>ネットワークで設定を探す機能はオフになっています。メールサービスの案内にあるサーバー設定を下に入力してください。</translation>
    </message>
    <message>
        <source>This is not a whole mail address, so there is no domain to look up. Enter the server settings from your provider's instructions below.</source>
        <translation>メールアドレスの形になっていないため、調べるドメインがありません。メールサービスの案内にあるサーバー設定を下に入力してください。</translation>
    </message>
    <message>
        <source>No settings were found for @%1 anywhere the wizard looked. Enter the server settings from your provider's instructions below.</source>
        <translation>@%1 の設定は、どこにも見つかりませんでした。メールサービスの案内にあるサーバー設定を下に入力してください。</translation>
    </message>
    <message>
        <source>Looking up your mail settings</source>
        <translation>メールの設定を探しています</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>サーバー設定</translation>
    </message>
    <message>
        <source>I checked these settings: use them although they come from %1</source>
        <translation>設定を確認しました。%1 から取った設定ですが、これを使います</translation>
    </message>
    <message>
        <source>@%1 is not in the wizard's list: it looks the settings up (no password is sent).</source>
        <translation>@%1 は一覧にないため、設定を探します（パスワードは送りません）。</translation>
    </message>
    <message>
        <source>Needed before the password is sent to servers found this way.</source>
        <translation>この方法で見つかったサーバーにパスワードを送る前に、チェックが必要です。</translation>
    </message>
</context>
<context>
    <name>ipw::HelpLinks</name>
    <message>
        <source>Words used here:</source>
        <translation>ことばの説明：</translation>
    </message>
    <message>
        <source>Before you try again: a checklist</source>
        <translation>もう一度試す前に：チェックリスト</translation>
    </message>
    <message>
        <source>Opens the checklist in the help window.</source>
        <translation>ヘルプ画面でチェックリストを開きます。</translation>
    </message>
    <message>
        <source>Opens this word's explanation in the help window.</source>
        <translation>ヘルプ画面でこの用語の説明を開きます。</translation>
    </message>
</context>
<context>
    <name>ipw::HelpWindow</name>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
</context>
<context>
    <name>ipw::IspdbOffer</name>
    <message>
        <source>Save the settings for Thunderbird's database</source>
        <translation>Thunderbird のメールサービス一覧用に設定を保存</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>ファイルを保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Saves a file for Thunderbird's database of providers (ISPDB); nothing is uploaded</source>
        <translation>Thunderbird のメールサービス一覧（ISPDB）用のファイルを保存します。何もアップロードしません</translation>
    </message>
    <message>
        <source>Saved %1; nothing was sent anywhere.</source>
        <translation>%1 に保存しました（どこにも送信していません）。</translation>
    </message>
    <message>
        <source>More about sharing these settings</source>
        <translation>この設定の共有について</translation>
    </message>
    <message>
        <source>What the file for Thunderbird's database is for</source>
        <translation>Thunderbird のメールサービス一覧用ファイルについて</translation>
    </message>
    <message>
        <source>These settings came from the DNS records of %1 (SRV) and work: Thunderbird's database of providers may not have them yet.</source>
        <translation>%1 の DNS レコード（SRV）から取ったこの設定でログインできましたが、Thunderbird のメールサービス一覧にはまだないかもしれません。</translation>
    </message>
    <message>
        <source>These settings came from the provider that receives the mail of %1 (DNS: MX) and work: Thunderbird's database of providers may not have them yet.</source>
        <translation>%1 のメールを受け取るメールサービス（DNS：MX）から取ったこの設定でログインできましたが、Thunderbird のメールサービス一覧にはまだないかもしれません。</translation>
    </message>
    <message>
        <source>If Thunderbird's database of providers (ISPDB) does not list %1 yet, you may send this file to the ISPDB project (https://github.com/thunderbird/autoconfig), so that Thunderbird and this wizard find the settings without DNS. The file holds the servers only, no address or password; the wizard uploads nothing.</source>
        <translation>Thunderbird のメールサービス一覧（ISPDB）に %1 がまだなければ、このファイルを ISPDB プロジェクト（https://github.com/thunderbird/autoconfig）に送ると、Thunderbird やこのウィザードが DNS を使わずに設定を見つけられるようになります。ファイルに入るのはサーバーの情報だけで、アドレスやパスワードは入りません。ウィザードからは何もアップロードしません。</translation>
    </message>
    <message>
        <source>Sa&amp;ve these settings for Thunderbird's database…</source>
        <translation>この設定を Thunderbird のメールサービス一覧用に保存(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>ipw::PasswordPage</name>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Enter the password of your mail account.</source>
        <translation>メールアカウントのパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Which password: %1</source>
        <translation>入力するパスワード：%1</translation>
    </message>
    <message>
        <source>Enter the password your provider gave you for mail. Some providers issue a separate password for mail apps; their letters or member pages say so.</source>
        <translation>メールサービスから案内されたメール用のパスワードを入力してください。メールアプリ用に別のパスワードを発行するメールサービスもあります。登録証や会員ページで確認してください。</translation>
    </message>
    <message>
        <source>%1 issues a separate password for mail apps: the &lt;b&gt;%2&lt;/b&gt;. It is not the password you use to log in to the provider's website.</source>
        <translation>%1 では、メールアプリ用に別のパスワード「&lt;b&gt;%2&lt;/b&gt;」が発行されます。メールサービスのウェブサイトにログインするときのパスワードとは違います。</translation>
    </message>
    <message>
        <source>Enter the &lt;b&gt;%1&lt;/b&gt; of your %2 account.</source>
        <translation>%2 のアカウントの「&lt;b&gt;%1&lt;/b&gt;」を入力してください。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Password (%1)</source>
        <translation>パスワード（%1）</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>パスワードを表示</translation>
    </message>
    <message>
        <source>The password contains full-width (全角) characters. Passwords are almost always typed in half-width (半角): the input method may have been on.</source>
        <translation>パスワードに全角文字が含まれています。パスワードはほとんどの場合、半角で入力します。日本語入力がオンになっていたのかもしれません。</translation>
    </message>
    <message>
        <source>Convert to &amp;half-width</source>
        <translation>半角に変換(&amp;H)</translation>
    </message>
    <message>
        <source>The password starts or ends with a space. This usually comes from copying it.</source>
        <translation>パスワードの先頭か末尾に空白があります。コピーしたときに入ることがよくあります。</translation>
    </message>
    <message>
        <source>&amp;Remove the spaces</source>
        <translation>空白を取り除く(&amp;R)</translation>
    </message>
    <message>
        <source>This looks like a %1 copied with the spaces it is shown with. The spaces are not part of it.</source>
        <translation>表示されたときの区切りの空白ごとコピーした %1 のようです。空白はパスワードの一部ではありません。</translation>
    </message>
    <message>
        <source>Caps Lock is on. Passwords are case-sensitive.</source>
        <translation>Caps Lock がオンです。パスワードでは大文字と小文字が区別されます。</translation>
    </message>
    <message>
        <source>What you can do instead:</source>
        <translation>代わりにできること:</translation>
    </message>
    <message>
        <source>&amp;What to do for %1</source>
        <translation>%1 の場合の対処方法(&amp;W)</translation>
    </message>
    <message>
        <source>Don't know the password?</source>
        <translation>パスワードがわかりませんか？</translation>
    </message>
    <message>
        <source>Don't know your %1?</source>
        <translation>%1 がわかりませんか？</translation>
    </message>
    <message>
        <source>&amp;I don't know it / I need a new one</source>
        <translation>わからない・新しく発行したい(&amp;I)</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>%1 accepts browser sign-in and the %2.</source>
        <translation>%1 では、ブラウザーでのサインインと %2 のどちらも使えます。</translation>
    </message>
    <message>
        <source>How do you want to sign in?</source>
        <translation>サインインの方法を選んでください</translation>
    </message>
    <message>
        <source>%1's own sign-in page opens in your browser. No app password needed.</source>
        <translation>ブラウザーで %1 のサインイン画面が開きます。アプリ パスワードは不要です。</translation>
    </message>
    <message>
        <source>Not set up in this build of the wizard: the next page says how to set it up.</source>
        <translation>このアプリではまだ設定していないため、設定のしかたを次のページで説明します。</translation>
    </message>
    <message>
        <source>Type a password that you create in your account's security settings.</source>
        <translation>アカウントのセキュリティ設定で作成したパスワードを入力します。</translation>
    </message>
    <message>
        <source>Show the typed password instead of dots.</source>
        <translation>入力したパスワードを伏せ字にせずに表示します。</translation>
    </message>
    <message>
        <source>Steps to look up or reissue the password at your provider.</source>
        <translation>メールサービスでパスワードを確認・再発行する手順を表示します。</translation>
    </message>
    <message>
        <source>What this password looks like</source>
        <translation>このパスワードの形式</translation>
    </message>
    <message>
        <source>%1 does not accept your normal account password in mail apps: it needs an &lt;b&gt;%2&lt;/b&gt;, a separate password you create in your account's security settings.</source>
        <translation>%1 では、メールアプリで通常のアカウントのパスワードは使えず、アカウントのセキュリティ設定で作る専用のパスワード「&lt;b&gt;%2&lt;/b&gt;」が必要です。</translation>
    </message>
    <message>
        <source>What you need for it, and what it looks like</source>
        <translation>作るために必要なことと、パスワードの形式</translation>
    </message>
    <message>
        <source>Sign in with your bro&amp;wser (recommended)</source>
        <translation>ブラウザーでサインイン（おすすめ）(&amp;W)</translation>
    </message>
    <message>
        <source>Sign in with your bro&amp;wser</source>
        <translation>ブラウザーでサインイン(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Use a password</source>
        <translation>パスワードを使う(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Use a password: %1</source>
        <translation>パスワードを使う：%1(&amp;U)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 no longer accepts passwords in mail apps&lt;/b&gt; (since 16 September 2024): neither the account password nor an app password works for IMAP and SMTP, so checking or resetting a password will not fix the connection. What works is signing in through the browser (OAuth2) in a mail app that offers it, and this wizard signs in that way too: click Next.</source>
        <translation>&lt;b&gt;%1 では、メールアプリでパスワードを使えなくなりました&lt;/b&gt;（2024 年 9 月 16 日から）。IMAP と SMTP ではアカウントのパスワードもアプリ パスワードも受け付けられないため、パスワードを確認したり再設定したりしても接続できるようにはなりません。使えるのは対応したメールアプリからブラウザーでサインインする方法（OAuth2）で、このウィザードもこの方法でサインインするので「次へ」をクリックしてください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 no longer accepts passwords in mail apps&lt;/b&gt; (since 16 September 2024): neither the account password nor an app password works for IMAP and SMTP, so checking or resetting a password will not fix the connection. What works is signing in through the browser with "%2" (OAuth2) in a mail app that offers it, and this wizard signs in that way too: click Next.</source>
        <translation>&lt;b&gt;%1 では、メールアプリでパスワードを使えなくなりました&lt;/b&gt;（2024 年 9 月 16 日から）。IMAP と SMTP ではアカウントのパスワードもアプリ パスワードも受け付けられないため、パスワードを確認したり再設定したりしても接続できるようにはなりません。使えるのは対応したメールアプリからブラウザーで「%2」を使ってサインインする方法（OAuth2）で、このウィザードもこの方法でサインインするので「次へ」をクリックしてください。</translation>
    </message>
</context>
<context>
    <name>ipw::PasswordStrengthPanel</name>
    <message>
        <source>Strength:</source>
        <translation>強さ：</translation>
    </message>
    <message>
        <source>Set this as your new password on the provider's page first, then enter it above. It is not saved anywhere: keep it in your password manager.</source>
        <translation>先にメールサービスのページで、これを新しいパスワードとして設定してから、上の欄に入力してください。このパスワードはどこにも保存されません。パスワード管理アプリに保管してください。</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>とても弱い</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>ふつう</translation>
    </message>
    <message>
        <source>good</source>
        <translation>強い</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>とても強い</translation>
    </message>
    <message>
        <source>Password strength: %1</source>
        <translation>パスワードの強さ：%1</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>短すぎます。%1 文字以上にしてください。</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>長すぎます。%1 文字以下にしてください。</translation>
    </message>
    <message>
        <source>Use half-width letters, digits and symbols only, without spaces.</source>
        <translation>半角の英字・数字・記号だけを使い、空白は入れないでください。</translation>
    </message>
    <message>
        <source>It contains your mail address or part of it. Anyone who knows the address tries that first.</source>
        <translation>メールアドレス（またはその一部）が含まれています。アドレスを知っている人は、まずそれを試します。</translation>
    </message>
    <message>
        <source>It contains your login name. Anyone who knows it tries that first.</source>
        <translation>ログイン名が含まれています。ログイン名を知っている人は、まずそれを試します。</translation>
    </message>
    <message>
        <source>Su&amp;ggest a strong password</source>
        <translation>強いパスワードの例を出す(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ipw::ProviderPage</name>
    <message>
        <source>The providers folder %1 was not used: %2 has a problem in "%3" (%4). The built-in providers are shown.</source>
        <translation>プロバイダーファイルのフォルダー %1 は使われていません。%2 の「%3」に問題があります（%4）。組み込みのメールサービスを表示しています。</translation>
    </message>
    <message>
        <source>, and %1 more</source>
        <translation>、ほか %1 件</translation>
    </message>
    <message>
        <source>Which provider is your mail with?</source>
        <translation>お使いのメールサービスはどれですか？</translation>
    </message>
    <message>
        <source>Search by name, or type your mail address and the wizard picks the provider for you.</source>
        <translation>名前で検索するか、メールアドレスを入力してください。アドレスからメールサービスを選びます。</translation>
    </message>
    <message>
        <source>&amp;Search or mail address:</source>
        <translation>検索またはメールアドレス(&amp;S):</translation>
    </message>
    <message>
        <source>e.g. docomo, ソフトバンク, Gmail, or taro@docomo.ne.jp</source>
        <translation>例：ドコモ、ソフトバンク、Gmail、taro@docomo.ne.jp</translation>
    </message>
    <message>
        <source>Search providers or type your mail address</source>
        <translation>メールサービスを検索するか、メールアドレスを入力</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>メールサービス(&amp;P):</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>メールサービス</translation>
    </message>
    <message>
        <source>Addresses ending in @%1 are served by %2.</source>
        <translation>@%1 のアドレスは %2 のものです。</translation>
    </message>
    <message>
        <source>No provider matches "%1". Try another spelling, your mail address, or "Other provider".</source>
        <translation>「%1」に一致するメールサービスはありません。別の書き方やメールアドレスで探すか、「その他のメールサービス」を選んでください。</translation>
    </message>
    <message>
        <source>@%1 is a subdomain of @%2, which %3 serves: the wizard uses that entry. Whether such addresses use the same servers is unconfirmed: compare with your provider's instructions.</source>
        <translation>@%1 は @%2 のサブドメインなので、%3 の設定を使います。このようなアドレスが同じサーバーを使うかどうかは未確認です。メールサービスの案内と見比べてください。</translation>
    </message>
    <message>
        <source>The wizard does not know @%1. With "Other provider" it looks the settings up for you; or pick your provider from the list if it is there under another name.</source>
        <translation>@%1 はウィザードに登録されていません。「その他のメールサービス」を選ぶと、設定を探します。別の名前で一覧にあれば、それを選んでください。</translation>
    </message>
    <message>
        <source>Pick your mail service; typing in the search field above narrows the list.</source>
        <translation>メールサービスを選びます。上の検索欄に入力すると一覧が絞り込まれます。</translation>
    </message>
</context>
<context>
    <name>ipw::ReissuePage</name>
    <message>
        <source>What to do for %1</source>
        <translation>%1 の場合の対処方法</translation>
    </message>
    <message>
        <source>Check or get a new password</source>
        <translation>パスワードの確認・再発行</translation>
    </message>
    <message>
        <source>Passwords no longer work there. This is what does.</source>
        <translation>パスワードは使えなくなりました。代わりに使える方法を説明します。</translation>
    </message>
    <message>
        <source>Back to the &amp;password page</source>
        <translation>パスワードのページに戻る(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Enter the password</source>
        <translation>パスワードを入力(&amp;E)</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>始める前に</translation>
    </message>
    <message>
        <source>What has changed, and what works</source>
        <translation>変わったことと、使える方法</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>To get a new one</source>
        <translation>再発行するには</translation>
    </message>
    <message>
        <source>To check it</source>
        <translation>確認するには</translation>
    </message>
    <message>
        <source>&amp;Open %1 in the browser</source>
        <translation>%1 をブラウザーで開く(&amp;O)</translation>
    </message>
    <message>
        <source>The wizard does not know a page for this. Look in %1, or in the letter your provider sent when you signed up.</source>
        <translation>このためのページはウィザードに登録されていません。%1 や、契約時にメールサービスから届いた書類を確認してください。</translation>
    </message>
    <message>
        <source>IMAP must be switched on in %1's web settings before any mail app can sign in.</source>
        <translation>メールアプリでログインするには、先に %1 のウェブの設定で IMAP を有効にする必要があります。</translation>
    </message>
    <message>
        <source>IMAP must be switched on before any mail app can sign in: %1.</source>
        <translation>メールアプリでログインするには、先に IMAP を有効にする必要があります：%1</translation>
    </message>
    <message>
        <source>If the password is right but signing in still fails, check that IMAP is switched on: %1.</source>
        <translation>パスワードが正しいのにログインできない場合は、IMAP が有効になっているか確認してください：%1</translation>
    </message>
    <message>
        <source>Open the IMAP &amp;settings</source>
        <translation>IMAP の設定を開く(&amp;S)</translation>
    </message>
    <message>
        <source>&lt;b&gt;About this password:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;このパスワードについて:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>If this does not work: %1</source>
        <translation>うまくいかない場合：%1</translation>
    </message>
    <message>
        <source>More about this password</source>
        <translation>このパスワードについて詳しく</translation>
    </message>
    <message>
        <source>Go back to the page where you type the password.</source>
        <translation>パスワードを入力する画面に戻ります。</translation>
    </message>
    <message>
        <source>I ha&amp;ve the password: enter it</source>
        <translation>パスワードがわかったので入力する(&amp;V)</translation>
    </message>
    <message>
        <source>These steps are not confirmed by an official source: where the provider's own page says otherwise, follow the page.</source>
        <translation>この手順は公式の情報源で確認できていないため、メールサービスの公式ページの案内と違う場合は、公式ページに従ってください。</translation>
    </message>
    <message>
        <source>The address of the page below is not confirmed by an official source: if it does not look like the provider's own page, enter nothing there.</source>
        <translation>下のページのアドレスは公式の情報源で確認できていないため、メールサービスの公式ページに見えない場合は、何も入力しないでください。</translation>
    </message>
</context>
<context>
    <name>ipw::ResultFailureView</name>
    <message>
        <source>&lt;b&gt;The server's own words&lt;/b&gt; (as it sent them):</source>
        <translation>&lt;b&gt;サーバーからのメッセージ&lt;/b&gt;（送られてきたとおり）:</translation>
    </message>
    <message>
        <source>I understand the risk and want to try one more password</source>
        <translation>危険性を理解したうえで、別のパスワードをもう一度試す</translation>
    </message>
    <message>
        <source>&amp;Reissue the password</source>
        <translation>パスワードを再発行(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;status page</source>
        <translation>障害情報ページを開く(&amp;S)</translation>
    </message>
    <message>
        <source>Open the s&amp;upport page</source>
        <translation>サポートページを開く(&amp;U)</translation>
    </message>
    <message>
        <source>Open the &amp;IMAP settings page</source>
        <translation>IMAP の設定ページを開く(&amp;I)</translation>
    </message>
    <message>
        <source>%1: not checked</source>
        <translation>%1: 確認していません</translation>
    </message>
    <message>
        <source>%1: ✔ works</source>
        <translation>%1: ✔ 正常です</translation>
    </message>
    <message>
        <source>%1: – %2</source>
        <translation>%1: – %2</translation>
    </message>
    <message>
        <source>%1: ✘ %2 (at: %3)</source>
        <translation>%1：✘ %2（%3 で停止）</translation>
    </message>
    <message>
        <source>1 password was rejected in this session. Many providers lock an account after a few wrong passwords: check it carefully before trying again.</source>
        <translation>今回、パスワードが 1 回受け付けられませんでした。多くのメールサービスでは、何回か間違えるとアカウントがロックされます。もう一度試す前に、よく確認してください。</translation>
    </message>
    <message>
        <source>Passwords rejected in this session: %1.</source>
        <translation>今回、受け付けられなかったパスワード：%1 回。</translation>
    </message>
    <message>
        <source>Back to the &amp;password</source>
        <translation>パスワードの入力に戻る(&amp;P)</translation>
    </message>
    <message>
        <source>Open the &amp;confirmation page on %1</source>
        <translation>%1 の確認ページを開く(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Careful:&lt;/b&gt; one more wrong password may lock the account for a while, so reissuing the password is the safer way.</source>
        <translation>&lt;b&gt;ご注意：&lt;/b&gt;もう一度パスワードを間違えると、しばらくアカウントがロックされることがあるため、パスワードを再発行するほうが安全です。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>One more wrong password may lock the account.</source>
        <translation>もう一度パスワードを間違えると、アカウントがロックされることがあります。</translation>
    </message>
    <message>
        <source>Needed before the wizard checks another password.</source>
        <translation>別のパスワードを確認する前に、チェックが必要です。</translation>
    </message>
    <message>
        <source>Steps to look up or reissue the password at your provider.</source>
        <translation>メールサービスでパスワードを確認・再発行する手順を表示します。</translation>
    </message>
    <message>
        <source>Go back and type another password.</source>
        <translation>前の画面に戻って、別のパスワードを入力します。</translation>
    </message>
    <message>
        <source>Run the same check once more.</source>
        <translation>同じ確認をもう一度行います。</translation>
    </message>
    <message>
        <source>Opens the provider's page in your browser.</source>
        <translation>メールサービスのページをブラウザーで開きます。</translation>
    </message>
    <message>
        <source>Sig&amp;n in again</source>
        <translation>もう一度サインイン(&amp;N)</translation>
    </message>
    <message>
        <source>Trust and check a&amp;gain</source>
        <translation>信頼してもう一度確認(&amp;G)</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>もう一度確認(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ipw::ResultPage</name>
    <message>
        <source>Copied. The report has no password in it; paste it into your message to support.</source>
        <translation>コピーしました。パスワードは含まれていません。サポートへの問い合わせに貼り付けてください。</translation>
    </message>
    <message>
        <source>Transcript of the check, passwords removed</source>
        <translation>確認時のやり取りの記録（パスワードは除去済み）</translation>
    </message>
    <message>
        <source>Copy report for &amp;support</source>
        <translation>サポート用のレポートをコピー(&amp;S)</translation>
    </message>
    <message>
        <source>The check found a problem</source>
        <translation>問題が見つかりました</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Details: what was said, passwords removed</source>
        <translation>詳細：サーバーとのやり取り（パスワードは除去済み）</translation>
    </message>
    <message>
        <source>What was said (passwords removed):</source>
        <translation>サーバーとのやり取り（パスワードは除去済み）：</translation>
    </message>
    <message>
        <source>Nothing was saved or changed.</source>
        <translation>何も保存・変更していません。</translation>
    </message>
    <message>
        <source>Copy a report without any password, to paste into a message to your provider's support.</source>
        <translation>パスワードを含まないレポートをコピーします。メールサービスのサポートへの問い合わせに貼り付けてください。</translation>
    </message>
    <message>
        <source>What the wizard and the server said to each other, line by line; passwords are removed.</source>
        <translation>ウィザードとサーバーのやり取りを 1 行ずつ表示します。パスワードは取り除かれています。</translation>
    </message>
    <message>
        <source>&amp;More: why, and what else to do</source>
        <translation>原因とほかの対処方法(&amp;M)</translation>
    </message>
    <message>
        <source>The rest of the explanation and of the advice, including your provider's own steps.</source>
        <translation>説明と対処方法の続きです。メールサービス独自の手順も含みます。</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法：%1</translation>
    </message>
    <message>
        <source>What else to do: %1</source>
        <translation>ほかの対処方法：%1</translation>
    </message>
</context>
<context>
    <name>ipw::ResultSuccessView</name>
    <message>
        <source>The sign-in works</source>
        <translation>サインインできました</translation>
    </message>
    <message>
        <source>The password works</source>
        <translation>このパスワードでログインできました</translation>
    </message>
    <message>
        <source>The server accepted the browser sign-in. Save it, then set up the device whose mail stopped with the same settings.</source>
        <translation>サーバーがブラウザーでのサインインを受け付けました。保存してから、メールが止まった端末を同じ設定にしてください。</translation>
    </message>
    <message>
        <source>The server accepted it. Save it, then enter the same settings on the device whose mail stopped.</source>
        <translation>サーバーがパスワードを受け付けました。保存してから、メールが使えなくなった端末に同じ設定を入力してください。</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>The verified password</source>
        <translation>確認済みのパスワード</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>&amp;Copy password</source>
        <translation>パスワードをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Incoming mail: signed in and opened the INBOX. Folders: %1. Messages in the INBOX: %2.</source>
        <translation>受信メール：ログインして受信トレイを開きました。フォルダー：%1 個。受信トレイのメール：%2 通。</translation>
    </message>
    <message>
        <source>Outgoing mail: the server accepted the sign-in too (no mail was sent).</source>
        <translation>送信メール：サーバーはサインインも受け付けました（メールは送信していません）。</translation>
    </message>
    <message>
        <source>Outgoing mail: the server accepted the password too (no mail was sent).</source>
        <translation>送信メール：こちらのサーバーもパスワードを受け付けました（メールは送信していません）。</translation>
    </message>
    <message>
        <source>Outgoing mail was not checked.</source>
        <translation>送信メールは確認していません。</translation>
    </message>
    <message>
        <source>Signed in with your browser sign-in (OAuth2, %1).</source>
        <translation>ブラウザーでのサインイン（OAuth2、%1）でログインしました。</translation>
    </message>
    <message>
        <source>&amp;Save the sign-in to the keychain</source>
        <translation>サインイン情報をキーチェーンに保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Update the saved password</source>
        <translation>保存済みのパスワードを更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Save to keychain</source>
        <translation>キーチェーンに保存(&amp;S)</translation>
    </message>
    <message>
        <source>Not saved yet. What is kept is a sign-in token (not your password), in this computer's keychain only.</source>
        <translation>まだ保存していません。保存するのはサインイン用のトークン（パスワードではありません）で、このパソコンのキーチェーンにだけ保存します。</translation>
    </message>
    <message>
        <source>Not saved yet. The password goes into this computer's keychain, nowhere else.</source>
        <translation>まだ保存していません。パスワードはこのパソコンのキーチェーンにだけ保存されます。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>キーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>保存できませんでした。%1</translation>
    </message>
    <message>
        <source>Not saved. %1 A password saved before is unchanged.</source>
        <translation>保存できませんでした。%1 以前に保存したパスワードはそのまま残っています。</translation>
    </message>
    <message>
        <source>The password is on the clipboard; it will be removed from there in %1 seconds.</source>
        <translation>パスワードをクリップボードにコピーしました。%1 秒後にクリップボードから消去します。</translation>
    </message>
    <message>
        <source>You need the password on the other device: show it or copy it only when you are ready to type or paste it there.</source>
        <translation>パスワードは、ほかの端末で入力するときに必要です。そこで入力または貼り付ける準備ができてから、表示またはコピーしてください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Or enter these settings yourself&lt;/b&gt;</source>
        <translation>&lt;b&gt;または、次の設定を手で入力します&lt;/b&gt;</translation>
    </message>
    <message>
        <source>iPhone profile, QR code, printable sheet or Thunderbird file for the device whose mail stopped</source>
        <translation>メールが止まった端末のための iPhone 用プロファイル、QR コード、印刷用の設定表、Thunderbird 用ファイル</translation>
    </message>
    <message>
        <source>Copy the password; it is removed from the clipboard after a short while.</source>
        <translation>パスワードをコピーします。しばらくするとクリップボードから消去されます。</translation>
    </message>
    <message>
        <source>Show or hide the verified password on screen.</source>
        <translation>確認できたパスワードを画面に表示、または非表示にします。</translation>
    </message>
    <message>
        <source>Keep the address and servers on this computer, and the password or sign-in in the system's keychain.</source>
        <translation>アドレスとサーバー設定をこのパソコンに、パスワード（またはサインイン情報）をシステムのキーチェーンに保存します。</translation>
    </message>
    <message>
        <source>Set up a&amp;nother device…</source>
        <translation>ほかの端末を設定する(&amp;N)…</translation>
    </message>
    <message>
        <source>Hid&amp;e</source>
        <translation>隠す(&amp;E)</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>表示(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ipw::SaveFlow</name>
    <message>
        <source>The provider gave no lasting sign-in (no refresh token), so there is nothing to keep: you will sign in with the browser again next time.</source>
        <translation>メールサービスから継続して使えるサインイン情報（リフレッシュ トークン）が発行されなかったため、保存するものがありません。次回もブラウザーでサインインしてください。</translation>
    </message>
    <message>
        <source>The settings changed after the check, so they are not saved: check again first.</source>
        <translation>確認のあとで設定が変わったため、保存していません。先にもう一度確認してください。</translation>
    </message>
</context>
<context>
    <name>ipw::SavedAccountsPage</name>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>キーチェーンからパスワードを読み込んでいます…</translation>
    </message>
    <message>
        <source>Forget %1? Its settings are removed from this computer and its password from the keychain. Your mail account itself is not changed.</source>
        <translation>%1 の保存を削除しますか？ 設定はこのパソコンから、パスワードはキーチェーンから削除されます。メールアカウント自体は変更されません。</translation>
    </message>
    <message>
        <source>%1 was forgotten.</source>
        <translation>%1 の保存を削除しました。</translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation>保存済みのアカウント</translation>
    </message>
    <message>
        <source>Accounts whose password this wizard checked and saved in the keychain of this computer.</source>
        <translation>このウィザードでパスワードを確認し、このパソコンのキーチェーンに保存したアカウントです。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>%1 — %2 — last checked %3</source>
        <translation>%1 — %2 — 最終確認 %3</translation>
    </message>
    <message>
        <source>No saved accounts yet. Set up an account and save it after a successful check.</source>
        <translation>保存済みのアカウントはまだありません。アカウントを設定し、確認に成功したら保存してください。</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>もう一度確認(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Update the password</source>
        <translation>パスワードを更新(&amp;U)</translation>
    </message>
    <message>
        <source>Forget it</source>
        <translation>削除する</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>削除しない</translation>
    </message>
    <message>
        <source>Renewing the sign-in for %1…</source>
        <translation>%1 のサインインを更新しています…</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 no longer works: it was withdrawn or has expired (for example after a password change, or when access was removed in the account's security settings). Click "Sign in again" to sign in with the browser.</source>
        <translation>保存してある %1 のサインインは使えなくなっています。取り消されたか、期限が切れています（パスワードを変更したときや、アカウントのセキュリティ設定でアクセスを削除したときなど）。「もう一度サインイン」をクリックして、ブラウザーでサインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in for %1 could not be renewed: %2 %3</source>
        <translation>%1 のサインインを更新できませんでした：%2 %3</translation>
    </message>
    <message>
        <source>%1 issued a new sign-in, but it could not be stored: %2 Click "Sign in again" once this is fixed.</source>
        <translation>%1 から新しいサインイン情報が発行されましたが、保存できませんでした：%2 問題を解決してから「もう一度サインイン」をクリックしてください。</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>もう一度サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Send the password unencrypted?</source>
        <translation>パスワードを暗号化せずに送りますか？</translation>
    </message>
    <message>
        <source>%1 is saved with a server that does not use encryption. To test it, the wizard would send your password unencrypted: anyone on the network could read it. Test anyway?</source>
        <translation>%1 は、暗号化を使わないサーバーで保存されています。確認するには、パスワードを暗号化せずに送ることになり、同じネットワークの誰かに読まれるおそれがあります。それでも確認しますか？</translation>
    </message>
    <message>
        <source>Send &amp;unencrypted</source>
        <translation>暗号化せずに送る(&amp;U)</translation>
    </message>
    <message>
        <source>Do &amp;not test</source>
        <translation>確認しない(&amp;N)</translation>
    </message>
    <message>
        <source>%1 was not tested: nothing was sent.</source>
        <translation>%1 は確認しませんでした。何も送っていません。</translation>
    </message>
    <message>
        <source>The accounts saved on this computer; pick one for the buttons below.</source>
        <translation>このパソコンに保存したアカウントです。選ぶと下のボタンが使えます。</translation>
    </message>
    <message>
        <source>Check the saved password with the server once; nothing is changed.</source>
        <translation>保存したパスワードをサーバーで 1 回確認します。何も変更しません。</translation>
    </message>
    <message>
        <source>Show how to set up this account on a phone or another computer.</source>
        <translation>このアカウントをスマートフォンやほかのパソコンで設定する方法を表示します。</translation>
    </message>
    <message>
        <source>Remove this account from this computer and its password from the keychain, after asking.</source>
        <translation>確認のうえ、このアカウントをこのパソコンから、パスワードをキーチェーンから削除します。</translation>
    </message>
    <message>
        <source>Remove the account now.</source>
        <translation>アカウントを今すぐ削除します。</translation>
    </message>
    <message>
        <source>Enter a new password for this account (or sign in again) and check it.</source>
        <translation>このアカウントの新しいパスワードを入力して（またはもう一度サインインして）確認します。</translation>
    </message>
    <message>
        <source>Keep the account as it is.</source>
        <translation>アカウントをそのまま残します。</translation>
    </message>
    <message>
        <source>Found in the wizard's list of providers on %1</source>
        <translation>%1 にウィザードのメールサービス一覧から取った設定</translation>
    </message>
    <message>
        <source>Found from %1's own configuration on %2</source>
        <translation>%2 に %1 自身の設定ファイルから取った設定</translation>
    </message>
    <message>
        <source>Found in Thunderbird's database of providers (ISPDB) on %1</source>
        <translation>%1 に Thunderbird のメールサービス一覧（ISPDB）から取った設定</translation>
    </message>
    <message>
        <source>Found from DNS (SRV) on %1</source>
        <translation>%1 に DNS（SRV）で見つけた設定</translation>
    </message>
    <message>
        <source>Found from DNS (MX: the mail is hosted by a known provider) on %1</source>
        <translation>%1 に DNS（MX：既知のメールサービスで運用）で見つけた設定</translation>
    </message>
    <message>
        <source>Found from %1's own configuration, sent unencrypted (http), on %2</source>
        <translation>%2 に %1 自身の設定ファイルから暗号化なし（http）で取った設定</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1です（取得元：%2）。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1です。</translation>
    </message>
    <message>
        <source>"Test again" uses these saved settings; it does not look them up again.</source>
        <translation>「もう一度確認」では、保存した設定をそのまま使い、設定を探し直しません。</translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation>アカウント(&amp;C):</translation>
    </message>
    <message>
        <source>Set up a&amp;nother device…</source>
        <translation>ほかの端末を設定する(&amp;N)…</translation>
    </message>
    <message>
        <source>F&amp;orget…</source>
        <translation>保存を削除(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>ipw::SendToPhonePage</name>
    <message>
        <source>Save the profile</source>
        <translation>プロファイルを保存</translation>
    </message>
    <message>
        <source>Saved %1. Send it to the iPhone by AirDrop or mail, and open it there.</source>
        <translation>%1 に保存しました。AirDrop かメールで iPhone に送り、iPhone で開いてください。</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>ファイルを保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Or save the profile as a file and send it to the iPhone by AirDrop or mail.</source>
        <translation>または、プロファイルをファイルに保存して、AirDrop かメールで iPhone に送ってください。</translation>
    </message>
    <message>
        <source>Send the profile to your iPhone</source>
        <translation>iPhone にプロファイルを送る</translation>
    </message>
    <message>
        <source>The iPhone downloads the settings from this PC over your Wi-Fi, once, within 5 minutes.</source>
        <translation>iPhone が Wi-Fi を通してこのパソコンから設定をダウンロードします。5 分以内に 1 回だけ使えます。</translation>
    </message>
    <message>
        <source>This PC's network address</source>
        <translation>このパソコンのネットワークアドレス</translation>
    </message>
    <message>
        <source>QR code of the download link</source>
        <translation>ダウンロード用リンクの QR コード</translation>
    </message>
    <message>
        <source>The iPhone must be on the same Wi-Fi network as this PC. If you turned Wi-Fi off for docomo's steps, turn it back on first.</source>
        <translation>iPhone はこのパソコンと同じ Wi-Fi につながっている必要があります。ドコモの手順で Wi-Fi をオフにした場合は、先にオンに戻してください。</translation>
    </message>
    <message>
        <source>Guest Wi-Fi networks often keep devices apart. If the link does not open, use the file below instead.</source>
        <translation>ゲスト用の Wi-Fi では、端末どうしがつながらないことがよくあります。リンクが開かないときは、下のファイルを使ってください。</translation>
    </message>
    <message>
        <source>The first time, Windows or macOS may ask whether this app may use the network: allow it for private networks.</source>
        <translation>初めてのときは、Windows や macOS がこのアプリのネットワーク利用を許可するかたずねることがあります。プライベートネットワークで許可してください。</translation>
    </message>
    <message>
        <source>The link works once, for 5 minutes, without encryption. The profile holds the settings only, no password, so nothing secret crosses the network.</source>
        <translation>リンクは 5 分間、1 回だけ使えます。暗号化はされませんが、プロファイルには設定だけが入っていてパスワードは入っていないため、秘密の情報はネットワークに流れません。</translation>
    </message>
    <message>
        <source>After the download: Settings → Profile Downloaded → Install, then type the password when asked.</source>
        <translation>ダウンロードしたら、「設定」→「プロファイルがダウンロードされました」→「インストール」と進み、たずねられたらパスワードを入力してください。</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Show the QR code</source>
        <translation>QR コードを表示(&amp;S)</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>リンク：%1</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation>残り時間：%1:%2</translation>
    </message>
    <message>
        <source>This PC is not connected to a network the iPhone could reach. Save the profile as a file instead.</source>
        <translation>このパソコンは、iPhone からつながるネットワークに接続していません。代わりにプロファイルをファイルに保存してください。</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>開始できませんでした：%1</translation>
    </message>
    <message>
        <source>Downloaded. On the iPhone, open Settings → Profile Downloaded → Install.</source>
        <translation>ダウンロードされました。iPhone で「設定」→「プロファイルがダウンロードされました」→「インストール」を開いてください。</translation>
    </message>
    <message>
        <source>The 5 minutes are over and the link no longer works. Click "Show the QR code" for a new one.</source>
        <translation>5 分が過ぎたため、リンクは使えなくなりました。「QR コードを表示」をクリックすると新しいリンクを作ります。</translation>
    </message>
    <message>
        <source>Waiting for the iPhone…</source>
        <translation>iPhone からの接続を待っています…</translation>
    </message>
    <message>
        <source>Save the profile as a file instead, to send it yourself.</source>
        <translation>代わりにプロファイルをファイルとして保存し、自分で送ります。</translation>
    </message>
    <message>
        <source>Pick the address on the same network (Wi-Fi) as the iPhone.</source>
        <translation>iPhone と同じネットワーク（Wi-Fi）のアドレスを選びます。</translation>
    </message>
    <message>
        <source>Stop offering the profile on the network.</source>
        <translation>ネットワークでのプロファイルの提供を止めます。</translation>
    </message>
    <message>
        <source>Offer the profile on this network and show its QR code.</source>
        <translation>このネットワークでプロファイルを提供し、その QR コードを表示します。</translation>
    </message>
    <message>
        <source>Open the Camera on the iPhone, point it at the code and open the link in Safari (the iPhone installs profiles from Safari only).</source>
        <translation>iPhone のカメラをコードに向け、表示されたリンクを Safari で開いてください（iPhone は Safari からしかプロファイルをインストールできません）。</translation>
    </message>
    <message>
        <source>If the link does not open, and what crosses the network</source>
        <translation>リンクが開かないとき・ネットワークに流れる情報について</translation>
    </message>
    <message>
        <source>This PC's add&amp;ress on the network the iPhone is on:</source>
        <translation>iPhone がつながっているネットワークでの、このパソコンのアドレス(&amp;R):</translation>
    </message>
    <message>
        <source>Save the profile as a fi&amp;le…</source>
        <translation>プロファイルをファイルに保存(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>ipw::ServerFields</name>
    <message>
        <source>Enter the incoming (IMAP) server name, e.g. imap.example.jp.</source>
        <translation>受信（IMAP）サーバー名を入力してください（例：imap.example.jp）。</translation>
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server name, e.g. smtp.example.jp.</source>
        <translation>送信（SMTP）サーバー名を入力してください（例：smtp.example.jp）。</translation>
    </message>
    <message>
        <source>This looks like a mail address. The server name is something like %1.</source>
        <translation>メールアドレスのようです。サーバー名は %1 のような形です。</translation>
    </message>
    <message>
        <source>Enter the server name only, without "https://" or "imap://".</source>
        <translation>「https://」や「imap://」を付けずに、サーバー名だけを入力してください。</translation>
    </message>
    <message>
        <source>"%1" is not a valid server name: use half-width letters, digits, hyphens and dots, e.g. %2.</source>
        <translation>「%1」はサーバー名として正しくありません。半角の英字・数字・ハイフン・ドットを使います（例：%2）。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (usually %1).</source>
        <translation>ポート番号は 1〜65535 の数字で入力してください（通常は %1）。</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>受信メール（IMAP）</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>送信メール（SMTP）</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>サーバー(&amp;V):</translation>
    </message>
    <message>
        <source>Incoming (IMAP) server name</source>
        <translation>受信（IMAP）サーバー名</translation>
    </message>
    <message>
        <source>Outgoing (SMTP) server name</source>
        <translation>送信（SMTP）サーバー名</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例：%1</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>ポート(&amp;R):</translation>
    </message>
    <message>
        <source>Incoming (IMAP) port</source>
        <translation>受信（IMAP）ポート</translation>
    </message>
    <message>
        <source>Outgoing (SMTP) port</source>
        <translation>送信（SMTP）ポート</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>暗号化(&amp;E):</translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation>暗号化(&amp;U):</translation>
    </message>
    <message>
        <source>Incoming (IMAP) security</source>
        <translation>受信（IMAP）の暗号化方式</translation>
    </message>
    <message>
        <source>Outgoing (SMTP) security</source>
        <translation>送信（SMTP）の暗号化方式</translation>
    </message>
    <message>
        <source>SSL/TLS (recommended)</source>
        <translation>SSL/TLS（推奨）</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>なし（暗号化しない）</translation>
    </message>
    <message>
        <source>The server's name as the provider gives it, e.g. %1.</source>
        <translation>メールサービスが案内しているサーバー名です（例：%1）。</translation>
    </message>
    <message>
        <source>A number from 1 to 65535; the provider's page gives it.</source>
        <translation>1～65535 の数字です。メールサービスのページに記載があります。</translation>
    </message>
    <message>
        <source>How the connection is encrypted; SSL/TLS unless the provider says otherwise.</source>
        <translation>接続の暗号化方式です。メールサービスの指定がなければ SSL/TLS を選びます。</translation>
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
    <message>
        <source>Go back to the previous step; what you typed is kept.</source>
        <translation>前の手順に戻ります。入力した内容はそのまま残ります。</translation>
    </message>
    <message>
        <source>Go on to the next step.</source>
        <translation>次の手順に進みます。</translation>
    </message>
    <message>
        <source>Close the wizard.</source>
        <translation>ウィザードを閉じます。</translation>
    </message>
    <message>
        <source>Close the wizard; nothing more is sent or saved.</source>
        <translation>ウィザードを閉じます。これ以上は何も送信・保存されません。</translation>
    </message>
    <message>
        <source>Open the help for this step.</source>
        <translation>この手順のヘルプを開きます。</translation>
    </message>
    <message>
        <source>Show this app's version and license.</source>
        <translation>このアプリのバージョンとライセンスを表示します。</translation>
    </message>
    <message>
        <source>Switch the wizard's language; what you typed is kept.</source>
        <translation>ウィザードの表示言語を切り替えます。入力した内容はそのまま残ります。</translation>
    </message>
</context>
<context>
    <name>ipw::SignInPage</name>
    <message>
        <source>Check that this computer is online, then click "Sign in again".</source>
        <translation>このパソコンがインターネットにつながっていることを確認してから、「もう一度サインイン」をクリックしてください。</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>ブラウザーでサインイン</translation>
    </message>
    <message>
        <source>Not available in this build of the wizard.</source>
        <translation>このウィザードでは使えません。</translation>
    </message>
    <message>
        <source>Your mail provider's own sign-in page opens in your browser.</source>
        <translation>ブラウザーでメールサービスのサインイン画面が開きます。</translation>
    </message>
    <message>
        <source>%1's own sign-in page opens in your browser.</source>
        <translation>ブラウザーで %1 のサインイン画面が開きます。</translation>
    </message>
    <message>
        <source>&amp;Sign in with your browser</source>
        <translation>ブラウザーでサインイン(&amp;S)</translation>
    </message>
    <message>
        <source>&lt;b&gt;You signed in.&lt;/b&gt; Getting access from %1…</source>
        <translation>&lt;b&gt;サインインしました。&lt;/b&gt;%1 からアクセス許可を受け取っています…</translation>
    </message>
    <message>
        <source>The link is copied: paste it into your browser's address bar.</source>
        <translation>リンクをコピーしました。ブラウザーのアドレス欄に貼り付けてください。</translation>
    </message>
    <message>
        <source>&amp;Open the page again</source>
        <translation>ページをもう一度開く(&amp;O)</translation>
    </message>
    <message>
        <source>Copy the &amp;link</source>
        <translation>リンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>The sign-in link</source>
        <translation>サインイン用のリンク</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>サインインを中止(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>サインインを中止する</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed in.&lt;/b&gt; Next, the wizard checks incoming and outgoing mail with this sign-in.</source>
        <translation>&lt;b&gt;サインインしました。&lt;/b&gt;続いて、このサインインで受信メールと送信メールを確認します。</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法：%1</translation>
    </message>
    <message>
        <source>To set it up: register the application with the provider (the steps are in docs/oauth.md of the wizard's source), put its client ID into the settings file below, and start the wizard again.</source>
        <translation>設定するには、アプリをメールサービスに登録し（手順はウィザードのソースの docs/oauth.md にあります）、発行されたクライアント ID を下の設定ファイルに書いてから、ウィザードを起動し直してください。</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>設定ファイル:</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <source>This provider does not offer browser sign-in. Go back and enter its password.</source>
        <translation>このメールサービスはブラウザーでのサインインに対応していません。前のページに戻ってパスワードを入力してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Browser sign-in is not available with this provider file.&lt;/b&gt; It uses %1's sign-in, but names other mail servers or sign-in addresses than %1's own. This wizard signs in with %1 only for %1's own servers, so that your sign-in cannot reach anyone else.</source>
        <translation>&lt;b&gt;このメールサービスのファイルでは、ブラウザーでのサインインは使えません。&lt;/b&gt;このファイルは %1 のサインインを使いますが、%1 自身のものではないメールサーバーやサインイン用アドレスを指定しています。あなたのサインイン情報がほかの人に渡らないよう、このウィザードは %1 のサインインを %1 自身のサーバーにだけ使います。</translation>
    </message>
    <message>
        <source>If the file is yours and meant this way, give it a client ID of its own: register the application with the provider (docs/oauth.md), use an issuer name of its own in the file, and put the client ID into the settings file below.</source>
        <translation>このファイルをご自分で意図して作った場合は、専用のクライアント ID を用意してください。メールサービスにアプリを登録し（docs/oauth.md）、ファイルに専用の発行元の名前を書き、下の設定ファイルにそのクライアント ID を入れます。</translation>
    </message>
    <message>
        <source>The file where this build looks for its sign-in settings.</source>
        <translation>このビルドがサインインの設定を読み込むファイルです。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Browser sign-in is not set up in this build of the wizard:&lt;/b&gt; go back and choose the app password instead.</source>
        <translation>&lt;b&gt;このウィザードでは、ブラウザーでのサインインが設定されていません。&lt;/b&gt;前のページに戻ってアプリ パスワードを選んでください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Browser sign-in is not set up in this build of the wizard,&lt;/b&gt; so it cannot check this account yet.</source>
        <translation>&lt;b&gt;このウィザードではブラウザーでのサインインが設定されていないため、&lt;/b&gt;今はこのアカウントを確認できません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Browser sign-in is not set up in this build of the wizard.&lt;/b&gt;</source>
        <translation>&lt;b&gt;このウィザードでは、ブラウザーでのサインインが設定されていません。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Why, and how to set it up</source>
        <translation>理由と設定方法</translation>
    </message>
    <message>
        <source>It needs a client ID that %1 issues to this application. This copy of the wizard has none, so it cannot sign in this way (and it never borrows another application's ID).</source>
        <translation>サインインには、%1 がこのアプリに発行する「クライアント ID」が必要です。このウィザードにはそれがないため、この方法ではサインインできません（ほかのアプリの ID を借りることはしません）。</translation>
    </message>
    <message>
        <source>The provider's own words: %1</source>
        <translation>メールサービスからのメッセージ：%1</translation>
    </message>
    <message>
        <source>If you clicked "Cancel" or "No" by mistake, click "Sign in again" and allow access this time.</source>
        <translation>誤って「キャンセル」や「いいえ」をクリックした場合は、「もう一度サインイン」をクリックし、今度はアクセスを許可してください。</translation>
    </message>
    <message>
        <source>The wizard needs that permission to sign in to your mail the way a mail app does; it changes nothing in your mailbox. If your organization manages the account, its administrator may have to allow it.</source>
        <translation>ウィザードはメールアプリと同じ方法でメールにサインインするためにこの許可を使います。メールボックスの中身は何も変更しません。組織が管理しているアカウントでは、管理者の許可が必要な場合があります。</translation>
    </message>
    <message>
        <source>If the browser window was closed, or you did not finish signing in there in time, click "Sign in again".</source>
        <translation>ブラウザーの画面を閉じた場合や、時間内にサインインを終えられなかった場合は、「もう一度サインイン」をクリックしてください。</translation>
    </message>
    <message>
        <source>If no browser window opened, use "Copy the link" and paste it into your browser's address bar.</source>
        <translation>ブラウザーが開かなかった場合は、「リンクをコピー」を使い、ブラウザーのアドレス欄に貼り付けてください。</translation>
    </message>
    <message>
        <source>The wizard could not receive the browser's answer on this computer (127.0.0.1).</source>
        <translation>このパソコン（127.0.0.1）でブラウザーからの応答を受け取れませんでした。</translation>
    </message>
    <message>
        <source>A security program may block it: allow IMAP Password Wizard, then sign in again.</source>
        <translation>セキュリティソフトがブロックしている可能性があります。IMAP Password Wizard を許可してから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The browser's answer did not belong to this sign-in.</source>
        <translation>ブラウザーからの応答が、今回のサインインのものではありませんでした。</translation>
    </message>
    <message>
        <source>Close old sign-in pages in the browser, then click "Sign in again".</source>
        <translation>ブラウザーで開いている古いサインイン画面を閉じてから、「もう一度サインイン」をクリックしてください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 no longer accepts passwords in mail apps&lt;/b&gt; (since 16 September 2024): they sign in through its own page in the browser instead (OAuth2).</source>
        <translation>&lt;b&gt;%1 は、メールアプリでのパスワードを受け付けなくなり&lt;/b&gt;（2024 年 9 月 16 日から）、代わりにメールアプリはブラウザーでメールサービス自身の画面からサインインします（OAuth2）。</translation>
    </message>
    <message>
        <source>Click the button below: %1's sign-in page opens in your browser, where you sign in as &lt;b&gt;%2&lt;/b&gt; and allow access to your mail. The wizard never sees your password.</source>
        <translation>下のボタンをクリックするとブラウザーで %1 のサインイン画面が開くので、&lt;b&gt;%2&lt;/b&gt; でサインインし、メールへのアクセスを許可してください。パスワードがウィザードに渡ることはありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for the browser…&lt;/b&gt; Sign in there as &lt;b&gt;%1&lt;/b&gt; and allow access to your mail; this window continues by itself.</source>
        <translation>&lt;b&gt;ブラウザーを待っています…&lt;/b&gt; ブラウザーで &lt;b&gt;%1&lt;/b&gt; としてサインインしてメールへのアクセスを許可すると、この画面は自動で先に進みます。</translation>
    </message>
    <message>
        <source>If no browser window opened, click "Open the page again", or copy the link and paste it into your browser's address bar.</source>
        <translation>ブラウザーが開かなかった場合は、「ページをもう一度開く」をクリックするか、リンクをコピーしてブラウザーのアドレス欄に貼り付けてください。</translation>
    </message>
    <message>
        <source>&amp;More: why, and what else to do</source>
        <translation>原因とほかの対処方法(&amp;M)</translation>
    </message>
    <message>
        <source>The rest of the explanation and of the advice, and what the provider said.</source>
        <translation>説明と対処方法の続き、そしてメールサービスからのメッセージです。</translation>
    </message>
    <message>
        <source>Sign in a&amp;gain</source>
        <translation>もう一度サインイン(&amp;G)</translation>
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
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Find out which password your mail app needs, and check it.</source>
        <translation>メールアプリに必要なパスワードを調べて、実際に確認します。</translation>
    </message>
    <message>
        <source>Nothing is changed on your phone or computer: the wizard only signs in to check, and saves the password in this computer's keychain only if you ask it to.</source>
        <translation>ウィザードが行うのは確認のためのログインだけで、スマートフォンやパソコンの設定は変更せず、パスワードも指示したときだけこのパソコンのキーチェーンに保存します。</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>何をしますか？</translation>
    </message>
    <message>
        <source>&amp;Check or set up a mail account</source>
        <translation>メールアカウントを確認・設定する(&amp;C)</translation>
    </message>
    <message>
        <source>Choose your provider, enter the address and the password, and check them.</source>
        <translation>メールサービスを選び、アドレスとパスワードを入力して確認します。</translation>
    </message>
    <message>
        <source>&amp;Update the password of a saved account</source>
        <translation>保存したアカウントのパスワードを更新する(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Manage saved accounts (test again, forget)</source>
        <translation>保存したアカウントを管理する（再確認・削除）(&amp;M)</translation>
    </message>
    <message>
        <source>The language of the wizard; it changes at once.</source>
        <translation>ウィザードの表示言語です。すぐに切り替わります。</translation>
    </message>
    <message>
        <source>Pick a saved account and check its new password.</source>
        <translation>保存したアカウントを選び、新しいパスワードを確認します。</translation>
    </message>
    <message>
        <source>See the accounts saved on this computer, test one again or forget it.</source>
        <translation>このパソコンに保存したアカウントを表示し、もう一度テストしたり削除したりします。</translation>
    </message>
</context>
<context>
    <name>ipw::StepStrip</name>
    <message>
        <source>Mail service</source>
        <translation>メールサービス</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 (current step)</source>
        <translation>手順 %1/%2：%3（いまの手順）</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>手順 %1/%2：%3</translation>
    </message>
</context>
<context>
    <name>ipw::TestPage</name>
    <message>
        <source>Checking the password with the server</source>
        <translation>サーバーでパスワードを確認しています</translation>
    </message>
    <message>
        <source>Show the result</source>
        <translation>結果を表示</translation>
    </message>
    <message>
        <source>This signs in once, the way your mail app does. Nothing on the server is changed and no mail is sent.</source>
        <translation>メールアプリと同じ方法で 1 回だけログインします。サーバー上のものは何も変更せず、メールも送信しません。</translation>
    </message>
    <message>
        <source>Login name: %1</source>
        <translation>ログイン名：%1</translation>
    </message>
    <message>
        <source>Not checked this time</source>
        <translation>今回は確認しません</translation>
    </message>
    <message>
        <source>Server found</source>
        <translation>サーバーが見つかりました</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続しました</translation>
    </message>
    <message>
        <source>No encryption (you allowed it)</source>
        <translation>暗号化なし（許可済み）</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>安全な接続（暗号化）</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>ログインしました</translation>
    </message>
    <message>
        <source>INBOX opened</source>
        <translation>受信トレイ（INBOX）を開きました</translation>
    </message>
    <message>
        <source>&amp;Stop the check</source>
        <translation>確認を中止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the check and go back to the password</source>
        <translation>確認を中止してパスワードの入力に戻る</translation>
    </message>
    <message>
        <source>Checking… You can stop at any moment.</source>
        <translation>確認しています… いつでも中止できます。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two passwords were already rejected in this session.&lt;/b&gt; Many providers lock the account for a while after a few more wrong passwords, and then even the right password stops working. If you are not sure this password is right, reissue it instead.</source>
        <translation>&lt;b&gt;今回、すでに 2 回パスワードが受け付けられませんでした。&lt;/b&gt;多くのメールサービスでは、さらに何回か間違えるとアカウントが一時的にロックされ、正しいパスワードでもログインできなくなります。このパスワードに自信がない場合は、代わりにパスワードを再発行してください。</translation>
    </message>
    <message>
        <source>I understand the risk: check this password once more</source>
        <translation>危険性を理解したうえで、このパスワードをもう一度確認する</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>今すぐ確認(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reissue the password instead</source>
        <translation>代わりにパスワードを再発行(&amp;R)</translation>
    </message>
    <message>
        <source>Checking the sign-in with the server</source>
        <translation>サーバーでサインインを確認しています</translation>
    </message>
    <message>
        <source>Login name: %1 (signed in with your browser, OAuth2)</source>
        <translation>ログイン名：%1（ブラウザーでサインイン済み、OAuth2）</translation>
    </message>
    <message>
        <source>Signed in (%1)</source>
        <translation>ログインしました（%1）</translation>
    </message>
    <message>
        <source>Stop the check and go back to the sign-in</source>
        <translation>確認を中止してサインインに戻る</translation>
    </message>
    <message>
        <source>Login name: %1 (receiving), %2 (sending)</source>
        <translation>ログイン名：%1（受信）、%2（送信）</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>The check is finished</source>
        <translation>確認が終わりました</translation>
    </message>
    <message>
        <source>Waiting for your confirmation</source>
        <translation>確認をお待ちしています</translation>
    </message>
    <message>
        <source>Stop the check; nothing is saved.</source>
        <translation>確認を中止します。何も保存されません。</translation>
    </message>
</context>
<context>
    <name>ipw::Verdict</name>
    <message>
        <source>Checking</source>
        <translation>確認しています</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>結果の状態</translation>
    </message>
</context>
</TS>