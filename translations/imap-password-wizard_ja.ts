<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <translation>（不明です。オプションで指定するか、プロバイダーの設定ページからコピーしてください）</translation>
    </message>
    <message>
        <source>List the providers this program knows (with --json: as JSON).</source>
        <translation>このプログラムが知っているプロバイダーを一覧表示します（--json を付けると JSON で出力します）。</translation>
    </message>
    <message>
        <source>Use the servers and login rule of provider &lt;id&gt; (see --list-providers).</source>
        <translation>プロバイダー &lt;id&gt; のサーバーとログイン名の決まりを使います（--list-providers で確認できます）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The mail address: picks the provider by its domain and forms the login name.</source>
        <translation>メールアドレスです。ドメインからプロバイダーを選び、ログイン名を作ります。</translation>
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
        <translation>プロバイダー「%1」はありません。このプログラムが知っているプロバイダーは --list-providers で確認できます。</translation>
    </message>
    <message>
        <source>No provider is known for “%1”. Give the server with --imap (and --smtp), or choose one with --provider.</source>
        <translation>「%1」のプロバイダーは登録されていません。--imap（と --smtp）でサーバーを指定するか、--provider でプロバイダーを選んでください。</translation>
    </message>
    <message>
        <source>Provider: none (settings typed by hand)</source>
        <translation>プロバイダー: なし（手動で入力した設定）</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>プロバイダー: %1（%2）</translation>
    </message>
    <message>
        <source>Provider: %1 (from the provider file)</source>
        <translation>プロバイダー: %1（プロバイダーファイルから）</translation>
    </message>
    <message>
        <source>Login name: %1</source>
        <translation>ログイン名: %1</translation>
    </message>
    <message>
        <source>Login name: unknown. %1</source>
        <translation>ログイン名: 不明です。%1</translation>
    </message>
    <message>
        <source>Login name: unknown (give --email or --user)</source>
        <translation>ログイン名: 不明です（--email か --user で指定してください）</translation>
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
        <translation>TLS の例外: %1 に限り、従来の再ネゴシエーションを許可します（このサーバーは安全な再ネゴシエーションに対応していません）。</translation>
    </message>
    <message>
        <source>Please confirm these on the provider's page: %1</source>
        <translation>次の項目はプロバイダーのページで確認してください: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ほか %1 件</translation>
    </message>
    <message>
        <source>Password to use: %1</source>
        <translation>使うパスワード: %1</translation>
    </message>
    <message>
        <source>This provider accepts OAuth2 sign-in only: it rejects passwords and app passwords, so a password check cannot succeed.</source>
        <translation>このプロバイダーは OAuth2 でのサインインのみに対応しています。パスワードやアプリ パスワードは受け付けないため、パスワードでの確認は成功しません。</translation>
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
        <translation>出典のない情報があります: 「%1」</translation>
    </message>
    <message>
        <source>lists “%1” as uncertain, but there is no such field.</source>
        <translation>「%1」が未確認の項目として挙げられていますが、そのような項目はありません。</translation>
    </message>
    <message>
        <source>claims a mail domain in “%1” that another provider already serves.</source>
        <translation>「%1」のメールドメインは、すでに別のプロバイダーが使っています。</translation>
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
    <name>cli</name>
    <message>
        <source>Checks an IMAP/SMTP login for real and explains why it fails.</source>
        <translation>IMAP/SMTP のログインを実際に確認し、失敗した理由を説明します。</translation>
    </message>
    <message>
        <source>IMAP server as HOST or HOST:PORT.</source>
        <translation>IMAP サーバーを HOST または HOST:PORT の形で指定します。</translation>
    </message>
    <message>
        <source>server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>SMTP server as HOST or HOST:PORT.</source>
        <translation>SMTP サーバーを HOST または HOST:PORT の形で指定します。</translation>
    </message>
    <message>
        <source>IMAP security: tls, starttls or none.</source>
        <translation>IMAP の暗号化方式: tls、starttls、none のいずれかです。</translation>
    </message>
    <message>
        <source>security</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>SMTP security: tls, starttls or none.</source>
        <translation>SMTP の暗号化方式: tls、starttls、none のいずれかです。</translation>
    </message>
    <message>
        <source>Login name (overrides the provider's rule).</source>
        <translation>ログイン名です（プロバイダーの決まりより優先されます）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>機械で読み取れる形で出力します。</translation>
    </message>
    <message>
        <source>“%1” is not a server name (HOST or HOST:PORT).</source>
        <translation>「%1」はサーバー名ではありません（HOST または HOST:PORT の形で指定してください）。</translation>
    </message>
    <message>
        <source>“%1” is not a security setting: use tls, starttls or none.</source>
        <translation>「%1」は暗号化方式ではありません。tls、starttls、none のいずれかを指定してください。</translation>
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