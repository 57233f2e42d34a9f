<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DatabasePasswords</name>
    <message>
        <source>No password is kept for this team database on this computer.</source>
        <translation>Für diese Team-Datenbank ist auf diesem Computer kein Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Sandbox (try it here)</source>
        <translation>Sandbox (hier ausprobieren)</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::App::Application</name>
    <message>
        <source>The current database stays open.</source>
        <translation>Die aktuelle Datenbank bleibt geöffnet.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::App::Commands</name>
    <message>
        <source>--db needs a database: a file name or a postgresql:// address.</source>
        <translation>--db benötigt eine Datenbank: einen Dateinamen oder eine postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>Cannot read the keys from standard input.</source>
        <translation>Die Schlüssel können nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>Standard input must be a JSON object with consumer_key, consumer_secret, access_token and access_token_secret.</source>
        <translation>Die Standardeingabe muss ein JSON-Objekt mit consumer_key, consumer_secret, access_token und access_token_secret sein.</translation>
    </message>
    <message>
        <source>Adds an X account by signing in with X (OAuth 2.0 with PKCE) in the browser. Prints the address of X&apos;s sign-in page on a line of its own, waits up to 5 minutes for X to send the browser back, and prints the new account&apos;s id as its last line. The tokens go to the system keychain only.</source>
        <translation>Fügt ein X-Konto hinzu, indem Sie sich im Browser bei X anmelden (OAuth 2.0 mit PKCE). Gibt die Adresse der Anmeldeseite von X in einer eigenen Zeile aus, wartet bis zu 5 Minuten darauf, dass X den Browser zurückleitet, und gibt als letzte Zeile die ID des neuen Kontos aus. Die Tokens werden ausschließlich im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Account name shown in EpisodeDesk.</source>
        <translation>In EpisodeDesk angezeigter Kontoname.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The Client ID of your X app (a Native App; it is not a secret).</source>
        <translation>Die Client-ID Ihrer X-App (eine Native App; sie ist nicht geheim).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>API address (default https://api.x.com).</source>
        <translation>API-Adresse (Standard: https://api.x.com).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>X&apos;s sign-in page (default https://x.com/i/oauth2/authorize).</source>
        <translation>Die Anmeldeseite von X (Standard: https://x.com/i/oauth2/authorize).</translation>
    </message>
    <message>
        <source>The port of the callback address registered in your X app (default: the first free one of 8765, 8766, 8767).</source>
        <translation>Der Port der in Ihrer X-App registrierten Callback-Adresse (Standard: der erste freie von 8765, 8766, 8767).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Only print the address; do not open a browser.</source>
        <translation>Nur die Adresse ausgeben; keinen Browser öffnen.</translation>
    </message>
    <message>
        <source>accounts signin needs --name and --client-id.</source>
        <translation>accounts signin benötigt --name und --client-id.</translation>
    </message>
    <message>
        <source>The API and sign-in addresses must be https:// addresses (or http:// on this computer).</source>
        <translation>Die API- und die Anmeldeadresse müssen https://-Adressen sein (oder http:// auf diesem Computer).</translation>
    </message>
    <message>
        <source>--port must be a port number (1 to 65535).</source>
        <translation>--port muss eine Portnummer sein (1 bis 65535).</translation>
    </message>
    <message>
        <source>Could not open a browser: open the address above yourself.</source>
        <translation>Es konnte kein Browser geöffnet werden: Öffnen Sie die obige Adresse selbst.</translation>
    </message>
    <message>
        <source>The sign-in worked, but the keychain refused to keep it (%1), so no account was added. Sign in again once the keychain works.</source>
        <translation>Die Anmeldung war erfolgreich, aber der Schlüsselbund hat das Speichern verweigert (%1), daher wurde kein Konto hinzugefügt. Melden Sie sich erneut an, sobald der Schlüsselbund funktioniert.</translation>
    </message>
    <message>
        <source>Signed in as @%1.</source>
        <translation>Angemeldet als @%1.</translation>
    </message>
    <message>
        <source>Adds an X account. Its four keys are read as a JSON object from standard input and stored in the system keychain only.</source>
        <translation>Fügt ein X-Konto hinzu. Seine vier Schlüssel werden als JSON-Objekt von der Standardeingabe gelesen und ausschließlich im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Post to the local Sandbox server only.</source>
        <translation>Nur an den lokalen Sandbox-Server senden.</translation>
    </message>
    <message>
        <source>API address, e.g. https://api.x.com.</source>
        <translation>API-Adresse, z. B. https://api.x.com.</translation>
    </message>
    <message>
        <source>The account&apos;s @handle, for links to its posts.</source>
        <translation>Der @Benutzername des Kontos, für Links zu seinen Beiträgen.</translation>
    </message>
    <message>
        <source>HANDLE</source>
        <translation>HANDLE</translation>
    </message>
    <message>
        <source>accounts add needs --name and exactly one of --sandbox or --api-base.</source>
        <translation>accounts add benötigt --name und genau eine der Optionen --sandbox oder --api-base.</translation>
    </message>
    <message>
        <source>The API address must be an https:// address (or http:// on this computer).</source>
        <translation>Die API-Adresse muss eine https://-Adresse sein (oder http:// auf diesem Computer).</translation>
    </message>
    <message>
        <source>Lists the accounts (never their keys).</source>
        <translation>Listet die Konten auf (niemals ihre Schlüssel).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>sign in again</source>
        <translation>erneut anmelden</translation>
    </message>
    <message>
        <source>completion needs a shell: bash, zsh or fish.</source>
        <translation>completion benötigt eine Shell: bash, zsh oder fish.</translation>
    </message>
    <message>
        <source>Shows what X charges per post and per read, as entered in Preferences or with `prices set`, and the day the prices were read on X&apos;s pricing page.</source>
        <translation>Zeigt, was X pro Beitrag und pro Lesezugriff berechnet (wie in den Einstellungen oder mit `prices set` eingegeben), und den Tag, an dem die Preise auf der Preisseite von X abgelesen wurden.</translation>
    </message>
    <message>
        <source>Print JSON (money in micro-dollars).</source>
        <translation>JSON ausgeben (Beträge in Mikrodollar).</translation>
    </message>
    <message>
        <source>prices takes no arguments; to change them use `prices set`.</source>
        <translation>prices erwartet keine Argumente; verwenden Sie zum Ändern `prices set`.</translation>
    </message>
    <message>
        <source>Create a post: %1</source>
        <translation>Beitrag erstellen: %1</translation>
    </message>
    <message>
        <source>Create a post with a link: %1</source>
        <translation>Beitrag mit Link erstellen: %1</translation>
    </message>
    <message>
        <source>Read a post: %1</source>
        <translation>Beitrag lesen: %1</translation>
    </message>
    <message>
        <source>Read a post of the account&apos;s own timeline: %1</source>
        <translation>Beitrag aus der eigenen Timeline des Kontos lesen: %1</translation>
    </message>
    <message>
        <source>Read on X&apos;s pricing page on %1</source>
        <translation>Auf der Preisseite von X abgelesen am %1</translation>
    </message>
    <message>
        <source>Changes what X charges, as read on X&apos;s pricing page (https://developer.x.com/#pricing). Prices are in US dollars, e.g. 0.015; what is not given stays.</source>
        <translation>Ändert, was X berechnet, wie auf der Preisseite von X abgelesen (https://developer.x.com/#pricing). Preise in US-Dollar, z. B. 0.015; nicht angegebene Werte bleiben unverändert.</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>The day you read them on X&apos;s pricing page (default: today).</source>
        <translation>Der Tag, an dem Sie die Preise auf der Preisseite von X abgelesen haben (Standard: heute).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>prices set takes only options, e.g. --create 0.015.</source>
        <translation>prices set erwartet nur Optionen, z. B. --create 0.015.</translation>
    </message>
    <message>
        <source>--%1 needs a price in US dollars from 0 to %2, such as 0.015.</source>
        <translation>--%1 benötigt einen Preis in US-Dollar von 0 bis %2, etwa 0.015.</translation>
    </message>
    <message>
        <source>--read-on needs a date such as 2026-03-15.</source>
        <translation>--read-on benötigt ein Datum wie 2026-03-15.</translation>
    </message>
    <message>
        <source>prices set needs at least one of --create, --create-with-link, --read, --owned-read, --read-on.</source>
        <translation>prices set benötigt mindestens eine der Optionen --create, --create-with-link, --read, --owned-read, --read-on.</translation>
    </message>
    <message>
        <source>Shows, per account, the posts and reads X billed in a calendar month (local time) at the prices of `prices`, and the posts whose outcome is unknown, which X may have billed.</source>
        <translation>Zeigt pro Konto die Beiträge und Lesezugriffe, die X in einem Kalendermonat (Ortszeit) zu den Preisen von `prices` berechnet hat, sowie die Beiträge mit unbekanntem Ergebnis, die X möglicherweise berechnet hat.</translation>
    </message>
    <message>
        <source>The month (default: this one).</source>
        <translation>Der Monat (Standard: der aktuelle).</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Only this account.</source>
        <translation>Nur dieses Konto.</translation>
    </message>
    <message>
        <source>--month needs a month such as 2026-03.</source>
        <translation>--month benötigt einen Monat wie 2026-03.</translation>
    </message>
    <message>
        <source>--account needs an account id.</source>
        <translation>--account benötigt eine Konto-ID.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>%1	%2	%3: %4 posts, %5 · %6 reads, %7 · total %8 · %9 may have been billed, %10</source>
        <translation>%1	%2	%3: %4 Beiträge, %5 · %6 Lesezugriffe, %7 · gesamt %8 · %9 möglicherweise berechnet, %10</translation>
    </message>
    <message>
        <source>Shows which database the commands use: its backend, schema version and where it is (never a password).</source>
        <translation>Zeigt, welche Datenbank die Befehle verwenden: Backend, Schemaversion und Speicherort (niemals ein Passwort).</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Speicherort: %1</translation>
    </message>
    <message>
        <source>Display name: %1</source>
        <translation>Anzeigename: %1</translation>
    </message>
    <message>
        <source>Copies this database, with every id, into an empty one: usually a show&apos;s file into a team database on PostgreSQL. The accounts&apos; X keys are not copied: they stay in each computer&apos;s keychain.</source>
        <translation>Kopiert diese Datenbank mit allen IDs in eine leere Datenbank, meist die Datei einer Sendung in eine Team-Datenbank auf PostgreSQL. Die X-Schlüssel der Konten werden nicht kopiert: sie bleiben im Schlüsselbund des jeweiligen Computers.</translation>
    </message>
    <message>
        <source>The empty database to copy into: a file, or postgresql://USER@HOST/DB.</source>
        <translation>Die leere Zieldatenbank: eine Datei oder postgresql://USER@HOST/DB.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>db copy needs --to TARGET (a file, or postgresql://USER@HOST/DB).</source>
        <translation>db copy benötigt --to TARGET (eine Datei oder postgresql://USER@HOST/DB).</translation>
    </message>
    <message>
        <source>--to names the database being copied; give an empty database.</source>
        <translation>--to bezeichnet die Datenbank, die kopiert wird; geben Sie eine leere Datenbank an.</translation>
    </message>
    <message>
        <source>Copied to %1:</source>
        <translation>Kopiert nach %1:</translation>
    </message>
    <message>
        <source>  accounts: %1</source>
        <translation>  Konten: %1</translation>
    </message>
    <message>
        <source>  episodes: %1</source>
        <translation>  Folgen: %1</translation>
    </message>
    <message>
        <source>  tweets: %1</source>
        <translation>  Tweets: %1</translation>
    </message>
    <message>
        <source>  attempts: %1</source>
        <translation>  Versuche: %1</translation>
    </message>
    <message>
        <source>  account limits: %1</source>
        <translation>  Kontolimits: %1</translation>
    </message>
    <message>
        <source>  settings: %1</source>
        <translation>  Einstellungen: %1</translation>
    </message>
    <message>
        <source>  feeds: %1 (with %2 episodes&apos; feed values)</source>
        <translation>  Feeds: %1 (mit den Feed-Werten von %2 Folgen)</translation>
    </message>
    <message>
        <source>  announcement templates: %1</source>
        <translation>  Ankündigungsvorlagen: %1</translation>
    </message>
    <message>
        <source>  images: %1</source>
        <translation>  Bilder: %1</translation>
    </message>
    <message>
        <source>  counted reads of X: %1</source>
        <translation>  Gezählte Lesezugriffe bei X: %1</translation>
    </message>
    <message>
        <source>The accounts&apos; X keys were not copied: they stay in this computer&apos;s keychain. Every teammate who posts from the copy enters the X keys of each account on their own computer (Accounts…).</source>
        <translation>Die X-Schlüssel der Konten wurden nicht kopiert: sie bleiben im Schlüsselbund dieses Computers. Alle im Team, die aus der Kopie veröffentlichen, geben die X-Schlüssel jedes Kontos auf ihrem eigenen Computer ein (Konten…).</translation>
    </message>
    <message>
        <source>Teammates open it with --db %1 or File → Open Team Database….</source>
        <translation>Teammitglieder öffnen sie mit --db %1 oder über Datei → Team-Datenbank öffnen….</translation>
    </message>
    <message>
        <source>Episode title.</source>
        <translation>Titel der Folge.</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>Episode number.</source>
        <translation>Nummer der Folge.</translation>
    </message>
    <message>
        <source>Episode page.</source>
        <translation>Webseite der Folge.</translation>
    </message>
    <message>
        <source>Publication date (YYYY-MM-DD).</source>
        <translation>Veröffentlichungsdatum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>--title must not be empty.</source>
        <translation>--title darf nicht leer sein.</translation>
    </message>
    <message>
        <source>--number must be a whole number of 0 or more.</source>
        <translation>--number muss eine ganze Zahl größer oder gleich 0 sein.</translation>
    </message>
    <message>
        <source>--url must be a full address such as https://example.com/episode-1.</source>
        <translation>--url muss eine vollständige Adresse wie https://example.com/episode-1 sein.</translation>
    </message>
    <message>
        <source>--published must be a date such as 2026-11-28.</source>
        <translation>--published muss ein Datum wie 2026-11-28 sein.</translation>
    </message>
    <message>
        <source>Adds an episode and prints its id.</source>
        <translation>Fügt eine Folge hinzu und gibt ihre ID aus.</translation>
    </message>
    <message>
        <source>episodes add needs --title.</source>
        <translation>episodes add benötigt --title.</translation>
    </message>
    <message>
        <source>Changes an episode; only the options given change.</source>
        <translation>Ändert eine Folge; nur die angegebenen Optionen werden geändert.</translation>
    </message>
    <message>
        <source>Episode id (see episodes list).</source>
        <translation>ID der Folge (siehe episodes list).</translation>
    </message>
    <message>
        <source>Give exactly one episode id.</source>
        <translation>Geben Sie genau eine Folgen-ID an.</translation>
    </message>
    <message>
        <source>episodes edit needs at least one of --title, --number, --url or --published.</source>
        <translation>episodes edit benötigt mindestens eine der Optionen --title, --number, --url oder --published.</translation>
    </message>
    <message>
        <source>Episode %1 was deleted (archived to keep its record); it can no longer be changed.</source>
        <translation>Folge %1 wurde gelöscht (archiviert, damit ihr Datensatz erhalten bleibt); sie kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>saved episode %1</source>
        <translation>Folge %1 gespeichert</translation>
    </message>
    <message>
        <source>Deletes an episode and its tweets; archives it instead when one of its tweets has a posting history.</source>
        <translation>Löscht eine Folge und ihre Tweets; archiviert sie stattdessen, wenn einer ihrer Tweets einen Veröffentlichungsverlauf hat.</translation>
    </message>
    <message>
        <source>archived episode %1: some of its tweets have a posting history, so its record is kept</source>
        <translation>Folge %1 archiviert: einige ihrer Tweets haben einen Veröffentlichungsverlauf, daher bleibt ihr Datensatz erhalten</translation>
    </message>
    <message>
        <source>deleted episode %1: it came from the show&apos;s feed, which will not bring it back</source>
        <translation>Folge %1 gelöscht: sie stammte aus dem Feed der Sendung, der sie nicht wiederherstellen wird</translation>
    </message>
    <message>
        <source>deleted episode %1</source>
        <translation>Folge %1 gelöscht</translation>
    </message>
    <message>
        <source>Lists the episodes.</source>
        <translation>Listet die Folgen auf.</translation>
    </message>
    <message>
        <source>%1: not modified since the last refresh.</source>
        <translation>%1: seit der letzten Aktualisierung nicht geändert.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 no longer in the feed; %6 announcement(s) made.</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 nicht mehr im Feed; %6 Ankündigung(en) erstellt.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Reads the show&apos;s RSS feed, adds its episodes and remembers the address for refreshes. Nothing is announced for the episodes already in the feed.</source>
        <translation>Liest den RSS-Feed der Sendung, fügt ihre Folgen hinzu und merkt sich die Adresse für Aktualisierungen. Für die bereits im Feed enthaltenen Folgen wird nichts angekündigt.</translation>
    </message>
    <message>
        <source>The feed&apos;s address (https://…).</source>
        <translation>Die Adresse des Feeds (https://…).</translation>
    </message>
    <message>
        <source>feed import needs the feed&apos;s address: episodedesk feed import URL</source>
        <translation>feed import benötigt die Adresse des Feeds: episodedesk feed import URL</translation>
    </message>
    <message>
        <source>Reads the show&apos;s feed again: new episodes are added (and announced with the show&apos;s templates), changed ones updated (fields edited in EpisodeDesk are kept), and episodes no longer in the feed are marked, never deleted.</source>
        <translation>Liest den Feed der Sendung erneut: Neue Folgen werden hinzugefügt (und mit den Vorlagen der Sendung angekündigt), geänderte aktualisiert (in EpisodeDesk bearbeitete Felder bleiben erhalten), und Folgen, die nicht mehr im Feed sind, werden markiert, aber niemals gelöscht.</translation>
    </message>
    <message>
        <source>Read the whole feed even if the server says it has not changed.</source>
        <translation>Den gesamten Feed lesen, auch wenn der Server meldet, dass er sich nicht geändert hat.</translation>
    </message>
    <message>
        <source>When the host has changed every episode&apos;s guid: match the episodes by their audio file (enclosure) or by title instead.</source>
        <translation>Falls der Host die guid jeder Folge geändert hat: die Folgen stattdessen anhand ihrer Audiodatei (Mediendatei) oder ihres Titels zuordnen.</translation>
    </message>
    <message>
        <source>enclosure|title</source>
        <translation>enclosure|title</translation>
    </message>
    <message>
        <source>--match-by takes enclosure or title.</source>
        <translation>--match-by erwartet enclosure oder title.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Cannot write to standard output (was it closed?); the list is incomplete.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden (wurde sie geschlossen?); die Liste ist unvollständig.</translation>
    </message>
    <message>
        <source>already posted: %1</source>
        <translation>bereits veröffentlicht: %1</translation>
    </message>
    <message>
        <source>already posting: %1</source>
        <translation>wird bereits veröffentlicht: %1</translation>
    </message>
    <message>
        <source>unknown, verify first: %1</source>
        <translation>unbekannt, zuerst prüfen: %1</translation>
    </message>
    <message>
        <source>disabled: %1</source>
        <translation>deaktiviert: %1</translation>
    </message>
    <message>
        <source>rate limited until %1: %2</source>
        <translation>Ratenlimit bis %1: %2</translation>
    </message>
    <message>
        <source>not published: %1</source>
        <translation>nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>posted (verified): %1</source>
        <translation>veröffentlicht (geprüft): %1</translation>
    </message>
    <message>
        <source>posted: %1</source>
        <translation>veröffentlicht: %1</translation>
    </message>
    <message>
        <source>not published (verified): %1</source>
        <translation>nicht veröffentlicht (geprüft): %1</translation>
    </message>
    <message>
        <source>failed, not published: %1</source>
        <translation>fehlgeschlagen, nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source> Run: episodedesk verify %1</source>
        <translation> Ausführen: episodedesk verify %1</translation>
    </message>
    <message>
        <source>Asks X whether a tweet whose outcome is unknown was published, and settles it.</source>
        <translation>Fragt bei X nach, ob ein Tweet mit unbekanntem Ergebnis veröffentlicht wurde, und klärt seinen Status.</translation>
    </message>
    <message>
        <source>Posts one tweet now, at most once.</source>
        <translation>Veröffentlicht einen Tweet sofort, höchstens einmal.</translation>
    </message>
    <message>
        <source>Tweet id (see tweets list).</source>
        <translation>Tweet-ID (siehe tweets list).</translation>
    </message>
    <message>
        <source>Seconds to wait for X (default 30).</source>
        <translation>Sekunden, die auf X gewartet wird (Standard: 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Settle as not published only when the attempt is this many seconds old (default 120).</source>
        <translation>Nur dann als „nicht veröffentlicht“ einstufen, wenn der Versuch mindestens so viele Sekunden alt ist (Standard: 120).</translation>
    </message>
    <message>
        <source>Give exactly one tweet id.</source>
        <translation>Geben Sie genau eine Tweet-ID an.</translation>
    </message>
    <message>
        <source>There is no tweet %1.</source>
        <translation>Es gibt keinen Tweet %1.</translation>
    </message>
    <message>
        <source>Usage: episodedesk [--db PATH] COMMAND [OPTIONS]</source>
        <translation>Aufruf: episodedesk [--db PATH] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>       episodedesk [--db PATH] [--demo]   (opens the window)</source>
        <translation>       episodedesk [--db PATH] [--demo]   (öffnet das Fenster)</translation>
    </message>
    <message>
        <source>Keeps your podcast&apos;s episodes and posts their announcement tweets to X, each at most once.</source>
        <translation>Verwaltet die Folgen Ihres Podcasts und veröffentlicht ihre Ankündigungs-Tweets auf X, jeden höchstens einmal.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>Run &apos;episodedesk help COMMAND&apos; for a command&apos;s options (episodedesk help tweets add), and &apos;man episodedesk&apos; for the whole reference.</source>
        <translation>Führen Sie „episodedesk help COMMAND“ aus, um die Optionen eines Befehls zu sehen (episodedesk help tweets add), und „man episodedesk“ für die vollständige Referenz.</translation>
    </message>
    <message>
        <source>podcast episodes and their announcement tweets, posted to X at most once</source>
        <translation>Podcast-Folgen und ihre Ankündigungs-Tweets, höchstens einmal auf X veröffentlicht</translation>
    </message>
    <message>
        <source>EpisodeDesk keeps a podcast&apos;s episodes and, for each episode, the tweets that announce it, and posts them to X when asked or when their scheduled time comes. A tweet is published at most once: the posting engine claims it in the database before it calls X, never sends again what may already be out, and asks X when an outcome is unknown.</source>
        <translation>EpisodeDesk verwaltet die Folgen eines Podcasts und zu jeder Folge die Tweets, die sie ankündigen, und veröffentlicht diese auf X, wenn es dazu aufgefordert wird oder ihr geplanter Zeitpunkt gekommen ist. Ein Tweet wird höchstens einmal veröffentlicht: Die Veröffentlichungskomponente reserviert ihn in der Datenbank, bevor sie X aufruft, sendet nie erneut, was möglicherweise schon veröffentlicht ist, und fragt bei X nach, wenn ein Ergebnis unbekannt ist.</translation>
    </message>
    <message>
        <source>Without a command, episodedesk opens the window (--demo opens a demo show with a local Sandbox account). With a command it runs without a display, for scripts, cron and systemd.</source>
        <translation>Ohne Befehl öffnet episodedesk das Fenster (--demo öffnet eine Demo-Sendung mit einem lokalen Sandbox-Konto). Mit einem Befehl läuft es ohne Anzeige, für Skripte, cron und systemd.</translation>
    </message>
    <message>
        <source>Opens the window on the demo show (its own database, a Sandbox account).</source>
        <translation>Öffnet das Fenster mit der Demo-Sendung (eigene Datenbank, ein Sandbox-Konto).</translation>
    </message>
    <message>
        <source>The user&apos;s own database, opened when no --db is given.</source>
        <translation>Die eigene Datenbank des Benutzers; wird geöffnet, wenn kein --db angegeben ist.</translation>
    </message>
    <message>
        <source>Where systemctl --user enable episodedesk-scheduler.timer links the scheduler&apos;s units, installed in /usr/lib/systemd/user.</source>
        <translation>Hierhin verknüpft systemctl --user enable episodedesk-scheduler.timer die Units des Planers, die in /usr/lib/systemd/user installiert sind.</translation>
    </message>
    <message>
        <source>X&apos;s keys and tokens, and team-database passwords, are kept in the desktop&apos;s keychain (the Secret Service), never in a file.</source>
        <translation>Die Schlüssel und Tokens für X sowie die Passwörter von Team-Datenbanken werden im Schlüsselbund des Desktops (Secret Service) gespeichert, niemals in einer Datei.</translation>
    </message>
    <message>
        <source>There is no command “%1”.</source>
        <translation>Es gibt keinen Befehl „%1“.</translation>
    </message>
    <message>
        <source>There is no command “%1 %2”.</source>
        <translation>Es gibt keinen Befehl „%1 %2“.</translation>
    </message>
    <message>
        <source>Post what is due now, then exit.</source>
        <translation>Veröffentlichen, was jetzt fällig ist, dann beenden.</translation>
    </message>
    <message>
        <source>Minutes a scheduled post may still go out late (default: the database&apos;s setting, 30).</source>
        <translation>Minuten, die ein geplanter Beitrag noch verspätet veröffentlicht werden darf (Standard: die Einstellung der Datenbank, 30).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>Run the clock this many times faster (simulation).</source>
        <translation>Die Uhr um diesen Faktor schneller laufen lassen (Simulation).</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FACTOR</translation>
    </message>
    <message>
        <source>Start the simulated clock at this time.</source>
        <translation>Die simulierte Uhr zu diesem Zeitpunkt starten.</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>DATETIME</translation>
    </message>
    <message>
        <source>Exit once the clock passes this time.</source>
        <translation>Beenden, sobald die Uhr diesen Zeitpunkt überschreitet.</translation>
    </message>
    <message>
        <source>Refresh the show&apos;s feed at the start and every this many minutes (default 30; 0: never). With --once, once before posting.</source>
        <translation>Den Feed der Sendung beim Start und danach im Abstand von so vielen Minuten aktualisieren (Standard: 30; 0: nie). Mit --once einmal vor dem Veröffentlichen.</translation>
    </message>
    <message>
        <source>--time-scale must be a positive number.</source>
        <translation>--time-scale muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>Times must look like 2026-12-01T09:30 or 2026-12-01T09:30+01:00.</source>
        <translation>Zeitangaben müssen wie 2026-12-01T09:30 oder 2026-12-01T09:30+01:00 aussehen.</translation>
    </message>
    <message>
        <source>--grace must be a number of minutes.</source>
        <translation>--grace muss eine Anzahl von Minuten sein.</translation>
    </message>
    <message>
        <source>--feed-every must be a number of minutes (0 turns the refresh off).</source>
        <translation>--feed-every muss eine Anzahl von Minuten sein (0 schaltet die Aktualisierung ab).</translation>
    </message>
    <message>
        <source>posted %1: %2</source>
        <translation>veröffentlicht %1: %2</translation>
    </message>
    <message>
        <source>unknown %1: %2</source>
        <translation>unbekannt %1: %2</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>fehlgeschlagen %1: %2</translation>
    </message>
    <message>
        <source>missed %1: it was due at %2; post or reschedule it</source>
        <translation>verpasst %1: er war um %2 fällig; veröffentlichen Sie ihn oder planen Sie ihn neu</translation>
    </message>
    <message>
        <source>waiting %1: %2</source>
        <translation>wartet %1: %2</translation>
    </message>
    <message>
        <source>held %1: %2 It is not posted until the tweet, its episode or its account changes.</source>
        <translation>zurückgehalten %1: %2 Er wird erst veröffentlicht, wenn sich der Tweet, seine Folge oder sein Konto ändert.</translation>
    </message>
    <message>
        <source>scheduler: %1 posted, %2 failed, %3 unknown, %4 missed, %5 waiting</source>
        <translation>Planer: %1 veröffentlicht, %2 fehlgeschlagen, %3 unbekannt, %4 verpasst, %5 wartend</translation>
    </message>
    <message>
        <source>, %1 held</source>
        <translation>, %1 zurückgehalten</translation>
    </message>
    <message>
        <source>Feed: %1</source>
        <translation>Feed: %1</translation>
    </message>
    <message>
        <source>Feed: %1 new episode(s), %2 announcement(s) made.</source>
        <translation>Feed: %1 neue Folge(n), %2 Ankündigung(en) erstellt.</translation>
    </message>
    <message>
        <source>Posts scheduled tweets when they are due, without a window.</source>
        <translation>Veröffentlicht geplante Tweets, sobald sie fällig sind, ohne Fenster.</translation>
    </message>
    <message>
        <source>Adds an announcement: each new episode a feed refresh finds gets one tweet with this text (placeholders such as {title} and {url} are filled in when it is posted).</source>
        <translation>Fügt eine Ankündigung hinzu: Jede neue Folge, die eine Feed-Aktualisierung findet, erhält einen Tweet mit diesem Text (Platzhalter wie {title} und {url} werden beim Veröffentlichen ausgefüllt).</translation>
    </message>
    <message>
        <source>The account that posts it.</source>
        <translation>Das Konto, das ihn veröffentlicht.</translation>
    </message>
    <message>
        <source>The tweet&apos;s text.</source>
        <translation>Der Text des Tweets.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Minutes after the episode&apos;s publication time to post it (default 0; negative is before).</source>
        <translation>Minuten nach dem Veröffentlichungszeitpunkt der Folge, zu dem er veröffentlicht wird (Standard: 0; negativ bedeutet davor).</translation>
    </message>
    <message>
        <source>Leave the tweet pending for review instead of scheduling it.</source>
        <translation>Den Tweet zur Prüfung als ausstehend belassen, statt ihn zu planen.</translation>
    </message>
    <message>
        <source>templates add needs --account ID and --text TEXT.</source>
        <translation>templates add benötigt --account ID und --text TEXT.</translation>
    </message>
    <message>
        <source>--offset and --manual exclude each other: a manual announcement has no time.</source>
        <translation>--offset und --manual schließen einander aus: Eine manuelle Ankündigung hat keinen Zeitpunkt.</translation>
    </message>
    <message>
        <source>--offset must be a whole number of minutes.</source>
        <translation>--offset muss eine ganze Anzahl von Minuten sein.</translation>
    </message>
    <message>
        <source>Lists the show&apos;s announcement templates.</source>
        <translation>Listet die Ankündigungsvorlagen der Sendung auf.</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>for review</source>
        <translation>zur Prüfung</translation>
    </message>
    <message>
        <source>%1 min after publication</source>
        <translation>%1 Min. nach Veröffentlichung</translation>
    </message>
    <message>
        <source>Stops using a template. The tweets it made stay as they are, and it makes no new ones.</source>
        <translation>Beendet die Verwendung einer Vorlage. Die von ihr erstellten Tweets bleiben unverändert, und sie erstellt keine neuen mehr.</translation>
    </message>
    <message>
        <source>templates remove needs the template&apos;s id.</source>
        <translation>templates remove benötigt die ID der Vorlage.</translation>
    </message>
    <message>
        <source>Counts a text as X does (weighted length, URLs as 23).</source>
        <translation>Zählt einen Text so, wie X es tut (gewichtete Länge, URLs als 23).</translation>
    </message>
    <message>
        <source>The text to check.</source>
        <translation>Der zu prüfende Text.</translation>
    </message>
    <message>
        <source>Give the text as one argument (quote it).</source>
        <translation>Geben Sie den Text als ein einziges Argument an (in Anführungszeichen).</translation>
    </message>
    <message>
        <source>%1 / 280 — %2</source>
        <translation>%1 / 280 — %2</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>the episode&apos;s artwork</source>
        <translation>das Artwork der Folge</translation>
    </message>
    <message>
        <source>Note: %1 (%2) is larger than X takes; it was stored as %3. The original is kept.</source>
        <translation>Hinweis: %1 (%2) ist größer, als X annimmt; es wurde als %3 gespeichert. Das Original bleibt erhalten.</translation>
    </message>
    <message>
        <source>Attach the image in this file (JPEG, PNG, WebP or GIF); may be repeated, up to 4.</source>
        <translation>Das Bild aus dieser Datei anhängen (JPEG, PNG, WebP oder GIF); kann wiederholt werden, bis zu 4 Bilder.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Attach the episode&apos;s artwork, as its feed names it.</source>
        <translation>Das Artwork der Folge anhängen, wie es in ihrem Feed angegeben ist.</translation>
    </message>
    <message>
        <source>Alt text of the --image or --episode-artwork just before it.</source>
        <translation>Alternativtext für das unmittelbar davor stehende --image oder --episode-artwork.</translation>
    </message>
    <message>
        <source>--alt gives the alt text of the --image or --episode-artwork before it; put it after the image it describes.</source>
        <translation>--alt gibt den Alternativtext für das davor stehende --image oder --episode-artwork an; setzen Sie es hinter das Bild, das es beschreibt.</translation>
    </message>
    <message>
        <source>Two --alt texts were given for %1; give one after each image.</source>
        <translation>Für %1 wurden zwei --alt-Texte angegeben; geben Sie nach jedem Bild einen an.</translation>
    </message>
    <message>
        <source>The alt text of %1 has %2 characters; X takes up to %3.</source>
        <translation>Der Alternativtext von %1 hat %2 Zeichen; X akzeptiert bis zu %3.</translation>
    </message>
    <message>
        <source>X takes at most %1 images on a post; %2 were given. Nothing was saved.</source>
        <translation>X akzeptiert höchstens %1 Bilder pro Beitrag; angegeben wurden %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source> Nothing was saved.</source>
        <translation> Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Could not store %1: %2 Nothing was saved.</source>
        <translation>%1 konnte nicht gespeichert werden: %2 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Note: %1 has no alt text (--alt TEXT after it); people who cannot see it will not know what it shows.</source>
        <translation>Hinweis: %1 hat keinen Alternativtext (--alt TEXT dahinter); Personen, die das Bild nicht sehen können, erfahren nicht, was es zeigt.</translation>
    </message>
    <message>
        <source>Note: images no tweet uses any more could not be removed yet; the next change removes them.</source>
        <translation>Hinweis: Bilder, die kein Tweet mehr verwendet, konnten noch nicht entfernt werden; die nächste Änderung entfernt sie.</translation>
    </message>
    <message>
        <source>The tweet text is empty.</source>
        <translation>Der Tweet-Text ist leer.</translation>
    </message>
    <message>
        <source>The tweet is %1 characters long as X counts them; the limit is 280. Nothing was saved.</source>
        <translation>Der Tweet ist nach der Zählung von X %1 Zeichen lang; die Grenze liegt bei 280. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>--at must be a date and time such as 2026-12-01T09:30 or 2026-12-01T09:30+01:00.</source>
        <translation>--at muss ein Datum mit Uhrzeit wie 2026-12-01T09:30 oder 2026-12-01T09:30+01:00 sein.</translation>
    </message>
    <message>
        <source>Tweet text; may use {title}, {number}, {url}, {date}, {season}, {description}, {duration}.</source>
        <translation>Tweet-Text; kann {title}, {number}, {url}, {date}, {season}, {description}, {duration} enthalten.</translation>
    </message>
    <message>
        <source>Scheduled time (ISO 8601; local time without an offset).</source>
        <translation>Geplanter Zeitpunkt (ISO 8601; ohne Zeitzonenversatz gilt die Ortszeit).</translation>
    </message>
    <message>
        <source>Tweet %1 was added with its images but is still disabled: %2 Enable it with tweets edit %1 --enable.</source>
        <translation>Tweet %1 wurde mit seinen Bildern hinzugefügt, ist aber noch deaktiviert: %2 Aktivieren Sie ihn mit tweets edit %1 --enable.</translation>
    </message>
    <message>
        <source>Adds a tweet to an episode and prints its id.</source>
        <translation>Fügt einer Folge einen Tweet hinzu und gibt seine ID aus.</translation>
    </message>
    <message>
        <source>Episode id.</source>
        <translation>ID der Folge.</translation>
    </message>
    <message>
        <source>Account id.</source>
        <translation>ID des Kontos.</translation>
    </message>
    <message>
        <source>tweets add needs --episode ID, --account ID and --text TEXT.</source>
        <translation>tweets add benötigt --episode ID, --account ID und --text TEXT.</translation>
    </message>
    <message>
        <source>There is no episode %1.</source>
        <translation>Es gibt keine Folge %1.</translation>
    </message>
    <message>
        <source>Give either --no-images or the images to replace them with, not both.</source>
        <translation>Geben Sie entweder --no-images oder die Ersatzbilder an, nicht beides.</translation>
    </message>
    <message>
        <source>tweets edit needs at least one of --text, --account, --at, --no-schedule, --enable, --disable, --image, --episode-artwork or --no-images.</source>
        <translation>tweets edit benötigt mindestens eine der Optionen --text, --account, --at, --no-schedule, --enable, --disable, --image, --episode-artwork oder --no-images.</translation>
    </message>
    <message>
        <source>Give either --at or --no-schedule, not both.</source>
        <translation>Geben Sie entweder --at oder --no-schedule an, nicht beides.</translation>
    </message>
    <message>
        <source>Give either --enable or --disable, not both.</source>
        <translation>Geben Sie entweder --enable oder --disable an, nicht beides.</translation>
    </message>
    <message>
        <source> Only --enable or --disable can still change it.</source>
        <translation> Nur --enable oder --disable können ihn noch ändern.</translation>
    </message>
    <message>
        <source>Tweet %1 was deleted (archived to keep its record); it can no longer be changed.</source>
        <translation>Tweet %1 wurde gelöscht (archiviert, damit sein Datensatz erhalten bleibt); er kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Changes a tweet; only the options given change.</source>
        <translation>Ändert einen Tweet; nur die angegebenen Optionen werden geändert.</translation>
    </message>
    <message>
        <source>Remove the scheduled time.</source>
        <translation>Den geplanten Zeitpunkt entfernen.</translation>
    </message>
    <message>
        <source>Let it be posted (by hand or on schedule).</source>
        <translation>Veröffentlichung zulassen (manuell oder nach Plan).</translation>
    </message>
    <message>
        <source>Keep it from being posted.</source>
        <translation>Veröffentlichung verhindern.</translation>
    </message>
    <message>
        <source>Remove the tweet&apos;s images.</source>
        <translation>Die Bilder des Tweets entfernen.</translation>
    </message>
    <message>
        <source>saved tweet %1</source>
        <translation>Tweet %1 gespeichert</translation>
    </message>
    <message>
        <source>Deletes a tweet; archives it instead when it has a posting history. A tweet that is posting or unknown is kept until it is settled (verify it).</source>
        <translation>Löscht einen Tweet; archiviert ihn stattdessen, wenn er einen Veröffentlichungsverlauf hat. Ein Tweet, der gerade veröffentlicht wird oder dessen Ergebnis unbekannt ist, bleibt erhalten, bis er geklärt ist (prüfen Sie ihn mit verify).</translation>
    </message>
    <message>
        <source>archived tweet %1: it has a posting history, so its record is kept</source>
        <translation>Tweet %1 archiviert: er hat einen Veröffentlichungsverlauf, daher bleibt sein Datensatz erhalten</translation>
    </message>
    <message>
        <source>deleted tweet %1</source>
        <translation>Tweet %1 gelöscht</translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation>Noch keine Versuche.</translation>
    </message>
    <message>
        <source>Attempts, newest first:</source>
        <translation>Versuche, neueste zuerst:</translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation>, HTTP %1</translation>
    </message>
    <message>
        <source>, post %1</source>
        <translation>, Beitrag %1</translation>
    </message>
    <message>
        <source>    started %1, deadline %2, finished %3</source>
        <translation>    begonnen %1, Frist %2, beendet %3</translation>
    </message>
    <message>
        <source>    error: %1</source>
        <translation>    Fehler: %1</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>    no alt text</source>
        <translation>    kein Alternativtext</translation>
    </message>
    <message>
        <source>    alt: %1</source>
        <translation>    Alternativtext: %1</translation>
    </message>
    <message>
        <source>Tweet %1: %2%3</source>
        <translation>Tweet %1: %2%3</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>Held:           %1</source>
        <translation>Zurückgehalten:  %1</translation>
    </message>
    <message>
        <source>Next check:     EpisodeDesk asks X again by itself after %1</source>
        <translation>Nächste Prüfung: EpisodeDesk fragt nach %1 selbst erneut bei X nach</translation>
    </message>
    <message>
        <source>Episode:        %1 %2</source>
        <translation>Folge:           %1 %2</translation>
    </message>
    <message>
        <source>Account:        %1 %2</source>
        <translation>Konto:           %1 %2</translation>
    </message>
    <message>
        <source>Enabled:        %1</source>
        <translation>Aktiviert:       %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Scheduled:      %1</source>
        <translation>Geplant:         %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Post:           %1</source>
        <translation>Beitrag:         %1</translation>
    </message>
    <message>
        <source>Last error:     %1</source>
        <translation>Letzter Fehler:  %1</translation>
    </message>
    <message>
        <source>Retries:        %1</source>
        <translation>Wiederholungen:  %1</translation>
    </message>
    <message>
        <source>Claim deadline: %1</source>
        <translation>Reserviert bis:  %1</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>As it will be sent:</source>
        <translation>So wie er gesendet wird:</translation>
    </message>
    <message>
        <source>Lists the tweets and their status.</source>
        <translation>Listet die Tweets und ihren Status auf.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Shows one tweet, archived ones too, with every attempt to post it.</source>
        <translation>Zeigt einen Tweet (auch archivierte) mit jedem Versuch, ihn zu veröffentlichen.</translation>
    </message>
    <message numerus="yes">
        <source>[%n images]</source>
        <translation>
            <numerusform>[%n Bild]</numerusform>
            <numerusform>[%n Bilder]</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds an X account whose four keys come as JSON on standard input.</source>
        <translation>Fügt ein X-Konto hinzu, dessen vier Schlüssel als JSON über die Standardeingabe übergeben werden.</translation>
    </message>
    <message>
        <source>Signs an account in with X in the browser (OAuth 2.0).</source>
        <translation>Meldet ein Konto im Browser bei X an (OAuth 2.0).</translation>
    </message>
    <message>
        <source>Lists the X accounts.</source>
        <translation>Listet die X-Konten auf.</translation>
    </message>
    <message>
        <source>Adds an episode.</source>
        <translation>Fügt eine Folge hinzu.</translation>
    </message>
    <message>
        <source>Changes an episode.</source>
        <translation>Ändert eine Folge.</translation>
    </message>
    <message>
        <source>Deletes an episode (archives it when one of its tweets has a posting history).</source>
        <translation>Löscht eine Folge (archiviert sie, wenn einer ihrer Tweets einen Veröffentlichungsverlauf hat).</translation>
    </message>
    <message>
        <source>Adds a tweet to an episode.</source>
        <translation>Fügt einer Folge einen Tweet hinzu.</translation>
    </message>
    <message>
        <source>Changes a tweet&apos;s text, account, schedule or images.</source>
        <translation>Ändert Text, Konto, Planung oder Bilder eines Tweets.</translation>
    </message>
    <message>
        <source>Deletes a tweet (archives it when it has a posting history).</source>
        <translation>Löscht einen Tweet (archiviert ihn, wenn er einen Veröffentlichungsverlauf hat).</translation>
    </message>
    <message>
        <source>Shows a tweet and its posting attempts.</source>
        <translation>Zeigt einen Tweet und seine Veröffentlichungsversuche.</translation>
    </message>
    <message>
        <source>Lists the tweets and their states.</source>
        <translation>Listet die Tweets und ihren Status auf.</translation>
    </message>
    <message>
        <source>Asks X whether an unknown attempt was published.</source>
        <translation>Fragt bei X nach, ob ein Versuch mit unbekanntem Ergebnis veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>Counts a text as X does and says whether it fits.</source>
        <translation>Zählt einen Text so, wie X es tut, und meldet, ob er passt.</translation>
    </message>
    <message>
        <source>Posts scheduled tweets when their time comes, without a window.</source>
        <translation>Veröffentlicht geplante Tweets zu ihrem Zeitpunkt, ohne Fenster.</translation>
    </message>
    <message>
        <source>Shows the backend, schema version and location of the database.</source>
        <translation>Zeigt Backend, Schemaversion und Speicherort der Datenbank.</translation>
    </message>
    <message>
        <source>Copies this database, ids and all, into an empty one.</source>
        <translation>Kopiert diese Datenbank samt allen IDs in eine leere Datenbank.</translation>
    </message>
    <message>
        <source>Adds the episodes of the show&apos;s RSS feed and remembers the feed.</source>
        <translation>Fügt die Folgen aus dem RSS-Feed der Sendung hinzu und merkt sich den Feed.</translation>
    </message>
    <message>
        <source>Reads the feed again and adds its new episodes.</source>
        <translation>Liest den Feed erneut und fügt seine neuen Folgen hinzu.</translation>
    </message>
    <message>
        <source>Adds a template that announces each new episode.</source>
        <translation>Fügt eine Vorlage hinzu, die jede neue Folge ankündigt.</translation>
    </message>
    <message>
        <source>Lists the templates.</source>
        <translation>Listet die Vorlagen auf.</translation>
    </message>
    <message>
        <source>Stops using a template; its tweets stay.</source>
        <translation>Beendet die Verwendung einer Vorlage; ihre Tweets bleiben erhalten.</translation>
    </message>
    <message>
        <source>Shows what X charges per post and read, and the day the prices were read.</source>
        <translation>Zeigt, was X pro Beitrag und Lesezugriff berechnet, und den Tag, an dem die Preise abgelesen wurden.</translation>
    </message>
    <message>
        <source>Sets X&apos;s prices.</source>
        <translation>Legt die Preise von X fest.</translation>
    </message>
    <message>
        <source>Shows the posts, reads and spend per account and month.</source>
        <translation>Zeigt Beiträge, Lesezugriffe und Ausgaben pro Konto und Monat.</translation>
    </message>
    <message>
        <source>Shows this overview, or the options of one command: help tweets add.</source>
        <translation>Zeigt diese Übersicht oder die Optionen eines Befehls: help tweets add.</translation>
    </message>
    <message>
        <source>Prints the completion script for bash, zsh or fish.</source>
        <translation>Gibt das Vervollständigungsskript für bash, zsh oder fish aus.</translation>
    </message>
    <message>
        <source>The database to use: a file, or a team database&apos;s postgresql://USER@HOST/NAME address. Without it, the user&apos;s own database.</source>
        <translation>Die zu verwendende Datenbank: eine Datei oder die Adresse postgresql://USER@HOST/NAME einer Team-Datenbank. Ohne diese Option die eigene Datenbank des Benutzers.</translation>
    </message>
    <message>
        <source>Prints the version and exits.</source>
        <translation>Gibt die Version aus und beendet das Programm.</translation>
    </message>
    <message>
        <source>Shows the options of the command it follows.</source>
        <translation>Zeigt die Optionen des vorangehenden Befehls.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>An error: no such id, a text too long, a database or keychain that cannot be used.</source>
        <translation>Ein Fehler: unbekannte ID, zu langer Text, nicht verwendbare Datenbank oder nicht verwendbarer Schlüsselbund.</translation>
    </message>
    <message>
        <source>The command or its options were wrong.</source>
        <translation>Der Befehl oder seine Optionen waren fehlerhaft.</translation>
    </message>
    <message>
        <source>Refused by the tweet&apos;s state: already posted, already posting, unknown or disabled.</source>
        <translation>Wegen des Tweet-Status abgelehnt: bereits veröffentlicht, wird bereits veröffentlicht, unbekannt oder deaktiviert.</translation>
    </message>
    <message>
        <source>Not published, and the message says why (rate limited, unauthorized, …).</source>
        <translation>Nicht veröffentlicht; die Meldung nennt den Grund (Ratenlimit, nicht autorisiert, …).</translation>
    </message>
    <message>
        <source>The outcome is unknown: the tweet may be published. Run verify.</source>
        <translation>Das Ergebnis ist unbekannt: Der Tweet wurde möglicherweise veröffentlicht. Führen Sie verify aus.</translation>
    </message>
    <message>
        <source>Choose the language of the window and the command line (German and Spanish are included) and the form of dates.</source>
        <translation>Bestimmen die Sprache des Fensters und der Befehlszeile (Deutsch und Spanisch sind enthalten) sowie das Datumsformat.</translation>
    </message>
    <message>
        <source>Names this computer in the posting leases of a team database, instead of the host&apos;s machine id.</source>
        <translation>Benennt diesen Computer in den Veröffentlichungsreservierungen einer Team-Datenbank anstelle der Machine-ID des Hosts.</translation>
    </message>
    <message>
        <source>Read by PostgreSQL&apos;s client library when a team database is opened.</source>
        <translation>Werden von der Client-Bibliothek von PostgreSQL gelesen, wenn eine Team-Datenbank geöffnet wird.</translation>
    </message>
    <message>
        <source>Turns on developer logging, e.g. episodedesk.*.debug=true.</source>
        <translation>Aktiviert die Entwicklerprotokollierung, z. B. episodedesk.*.debug=true.</translation>
    </message>
    <message>
        <source>“%1” is not an episodedesk command. The %2 commands are:</source>
        <translation>„%1“ ist kein episodedesk-Befehl. Die Befehle von %2 sind:</translation>
    </message>
    <message>
        <source>Run &apos;episodedesk help %1&apos; for their options.</source>
        <translation>„episodedesk help %1“ zeigt ihre Optionen.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::App::DatabaseSession</name>
    <message>
        <source>The feed could not be refreshed: %1</source>
        <translation>Der Feed konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new episode(s) from the feed.</source>
        <translation>
            <numerusform>%n neue Folge aus dem Feed.</numerusform>
            <numerusform>%n neue Folgen aus dem Feed.</numerusform>
        </translation>
    </message>
    <message>
        <source>EpisodeDesk — Demo show (Sandbox: nothing leaves this computer)</source>
        <translation>EpisodeDesk — Demo-Sendung (Sandbox: nichts verlässt diesen Computer)</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::ArtworkFetcher</name>
    <message>
        <source>This episode has no artwork: its feed names no image for it or for the show.</source>
        <translation>Diese Folge hat kein Artwork: ihr Feed gibt weder für sie noch für die Sendung ein Bild an.</translation>
    </message>
    <message>
        <source>The artwork address “%1” is not a web address.</source>
        <translation>Die Artwork-Adresse „%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The artwork at %1 is larger than 30 MB; EpisodeDesk did not download it.</source>
        <translation>Das Artwork unter %1 ist größer als 30 MB; EpisodeDesk hat es nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>The artwork address at %1 redirects too often or to an insecure address; EpisodeDesk stopped following it.</source>
        <translation>Die Artwork-Adresse unter %1 leitet zu oft oder auf eine unsichere Adresse weiter; EpisodeDesk hat die Weiterleitung abgebrochen.</translation>
    </message>
    <message>
        <source>%1 took longer than a minute to send the artwork; try again later.</source>
        <translation>%1 hat länger als eine Minute gebraucht, um das Artwork zu senden; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for the artwork, so there is nothing to attach.</source>
        <translation>%1 hat für das Artwork mit HTTP %2 geantwortet, daher gibt es nichts anzuhängen.</translation>
    </message>
    <message>
        <source>EpisodeDesk could not download the artwork from %1. Check your connection.</source>
        <translation>EpisodeDesk konnte das Artwork nicht von %1 herunterladen. Prüfen Sie Ihre Verbindung.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::Database</name>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Der Ordner „%1“ kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is damaged or not an EpisodeDesk database (it is not an SQLite file). It was left unchanged.</source>
        <translation>„%1“ ist beschädigt oder keine EpisodeDesk-Datenbank (es ist keine SQLite-Datei). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of EpisodeDesk (schema %2; this version knows up to %3). Please update EpisodeDesk. The file was left unchanged.</source>
        <translation>„%1“ wurde von einer neueren Version von EpisodeDesk geschrieben (Schema %2; diese Version kennt Schemas bis %3). Bitte aktualisieren Sie EpisodeDesk. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot back up “%1” before upgrading it: %2. Nothing was changed.</source>
        <translation>Von „%1“ kann vor dem Upgrade keine Sicherung erstellt werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This copy of EpisodeDesk cannot reach a team database: Qt&apos;s PostgreSQL driver is missing (on Debian and Ubuntu, install libqt6sql6-psql).</source>
        <translation>Diese EpisodeDesk-Installation kann keine Team-Datenbank erreichen: Der PostgreSQL-Treiber von Qt fehlt (installieren Sie unter Debian und Ubuntu libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The team database %1 asks for a password. Put it in ~/.pgpass (or the file PGPASSFILE names), or enter it in File → Open team database…, which keeps it in this computer&apos;s keychain.</source>
        <translation>Die Team-Datenbank %1 verlangt ein Passwort. Legen Sie es in ~/.pgpass ab (oder in der Datei, die PGPASSFILE angibt), oder geben Sie es unter Datei → Team-Datenbank öffnen… ein; dort wird es im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
    <message>
        <source>Cannot reach the team database %1: %2</source>
        <translation>Die Team-Datenbank %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Cannot set up the connection to the team database %1.</source>
        <translation>Die Verbindung zur Team-Datenbank %1 kann nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>Cannot read the team database %1: %2</source>
        <translation>Die Team-Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The database %1 holds tables that are not EpisodeDesk&apos;s. Use an empty database for the team (createdb); this one was left unchanged.</source>
        <translation>Die Datenbank %1 enthält Tabellen, die nicht zu EpisodeDesk gehören. Verwenden Sie eine leere Datenbank für das Team (createdb); diese Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The team database %1 was upgraded by a newer version of EpisodeDesk (schema %2; this version knows up to %3). Please update EpisodeDesk. The database was left unchanged.</source>
        <translation>Die Team-Datenbank %1 wurde von einer neueren Version von EpisodeDesk aktualisiert (Schema %2; diese Version kennt Schemas bis %3). Bitte aktualisieren Sie EpisodeDesk. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot upgrade the team database %1: %2. It was not changed.</source>
        <translation>Die Team-Datenbank %1 kann nicht aktualisiert werden: %2. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>its tables changed while it was being opened</source>
        <translation>ihre Tabellen haben sich während des Öffnens geändert</translation>
    </message>
    <message>
        <source>The team database %1 was upgraded by a newer version of EpisodeDesk meanwhile. Please update EpisodeDesk. It was left unchanged.</source>
        <translation>Die Team-Datenbank %1 wurde inzwischen von einer neueren Version von EpisodeDesk aktualisiert. Bitte aktualisieren Sie EpisodeDesk. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot switch “%1” to write-ahead logging. Is the folder writable?</source>
        <translation>„%1“ kann nicht auf Write-Ahead-Logging umgestellt werden. Ist der Ordner beschreibbar?</translation>
    </message>
    <message>
        <source>Cannot configure “%1”: %2</source>
        <translation>„%1“ kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: %2</source>
        <translation>„%1“ kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of “%1”.</source>
        <translation>Die Schemaversion von „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1” to schema %2: %3. The file was not changed.</source>
        <translation>„%1“ kann nicht auf Schema %2 aktualisiert werden: %3. Die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::DatabaseCopy</name>
    <message>
        <source>Cannot start writing to the target database: %1</source>
        <translation>Das Schreiben in die Zieldatenbank kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>The target database did not take the copy (nothing was copied): %1</source>
        <translation>Die Zieldatenbank hat die Kopie nicht angenommen (es wurde nichts kopiert): %1</translation>
    </message>
    <message>
        <source>Cannot read the images of the database to copy: %1</source>
        <translation>Die Bilder der zu kopierenden Datenbank können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Es wurde nichts kopiert: %1</translation>
    </message>
    <message>
        <source>Cannot read the database to copy: %1</source>
        <translation>Die zu kopierende Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot lock the target database: %1</source>
        <translation>Die Zieldatenbank kann nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the target database: %1</source>
        <translation>Die Zieldatenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The target database is not empty (it has %1). A show is copied only into an empty database; nothing was changed.</source>
        <translation>Die Zieldatenbank ist nicht leer (die Tabelle %1 enthält Daten). Eine Sendung wird nur in eine leere Datenbank kopiert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The target database has no table %1.</source>
        <translation>Die Zieldatenbank hat keine Tabelle %1.</translation>
    </message>
    <message>
        <source>The target database refused the copy: %1</source>
        <translation>Die Zieldatenbank hat die Kopie abgelehnt: %1</translation>
    </message>
    <message>
        <source>The target database refused the copy (nothing was copied): %1</source>
        <translation>Die Zieldatenbank hat die Kopie abgelehnt (es wurde nichts kopiert): %1</translation>
    </message>
    <message>
        <source>The database to copy stopped part way through reading (nothing was copied): %1</source>
        <translation>Das Lesen der zu kopierenden Datenbank brach mittendrin ab (es wurde nichts kopiert): %1</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::DatabaseLocation</name>
    <message>
        <source>The team database&apos;s address contains a password. Remove it from the address and put the password in ~/.pgpass (or the file PGPASSFILE names, or a PostgreSQL service file), or let EpisodeDesk keep it in this computer&apos;s keychain (File → Open team database…). A password in an address ends up in shell history, process lists and logs.</source>
        <translation>Die Adresse der Team-Datenbank enthält ein Passwort. Entfernen Sie es aus der Adresse und legen Sie das Passwort in ~/.pgpass ab (oder in der Datei, die PGPASSFILE angibt, oder in einer PostgreSQL-Dienstdatei), oder lassen Sie es von EpisodeDesk im Schlüsselbund dieses Computers speichern (Datei → Team-Datenbank öffnen…). Ein Passwort in einer Adresse landet im Shell-Verlauf, in Prozesslisten und in Protokollen.</translation>
    </message>
    <message>
        <source>No database was named.</source>
        <translation>Es wurde keine Datenbank angegeben.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>This is not a PostgreSQL address EpisodeDesk can use (%1). The form is postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Dies ist keine PostgreSQL-Adresse, die EpisodeDesk verwenden kann (%1). Die Form lautet postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>the default server</source>
        <translation>der Standardserver</translation>
    </message>
    <message>
        <source>the default database</source>
        <translation>die Standarddatenbank</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <translation>%1 auf %2 als %3</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::EpisodeTableModel</name>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posting</source>
        <translation>
            <numerusform>%n wird veröffentlicht</numerusform>
            <numerusform>%n werden veröffentlicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posted</source>
        <translation>
            <numerusform>%n veröffentlicht</numerusform>
            <numerusform>%n veröffentlicht</numerusform>
        </translation>
    </message>
    <message>
        <source>no tweets yet</source>
        <translation>noch keine Tweets</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>Tweets</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::FeedFetcher</name>
    <message>
        <source>%1 refused the connection. Check the feed address; nothing was changed.</source>
        <translation>%1 hat die Verbindung abgelehnt. Prüfen Sie die Feed-Adresse; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 closed the connection before sending the feed. Try again later; nothing was changed.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor der Feed gesendet wurde. Versuchen Sie es später erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up (its certificate may be invalid or expired). Nothing was changed.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht hergestellt werden (das Zertifikat ist möglicherweise ungültig oder abgelaufen). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The proxy this computer uses could not reach %1. Check the proxy settings; nothing was changed.</source>
        <translation>Der von diesem Computer verwendete Proxy konnte %1 nicht erreichen. Prüfen Sie die Proxy-Einstellungen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This computer seems to be offline, so %1 could not be reached. Nothing was changed.</source>
        <translation>Dieser Computer scheint offline zu sein, daher konnte %1 nicht erreicht werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>EpisodeDesk could not reach %1. Check your connection; nothing was changed.</source>
        <translation>EpisodeDesk konnte %1 nicht erreichen. Prüfen Sie Ihre Verbindung; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The feed is not at %1 (HTTP %2). Check the address in your podcast host&apos;s dashboard.</source>
        <translation>Der Feed befindet sich nicht unter %1 (HTTP %2). Prüfen Sie die Adresse im Dashboard Ihres Podcast-Hosters.</translation>
    </message>
    <message>
        <source>%1 refused to give the feed (HTTP %2): is it a private feed that needs its own address?</source>
        <translation>%1 hat die Herausgabe des Feeds verweigert (HTTP %2): Handelt es sich um einen privaten Feed, der eine eigene Adresse benötigt?</translation>
    </message>
    <message>
        <source>%1 asked EpisodeDesk to slow down (HTTP 429). It tries again at the next refresh.</source>
        <translation>%1 hat EpisodeDesk gebeten, die Anfragen zu verlangsamen (HTTP 429). Bei der nächsten Aktualisierung wird es erneut versucht.</translation>
    </message>
    <message>
        <source>The feed&apos;s server at %1 had a problem (HTTP %2). Nothing was changed; try again later.</source>
        <translation>Der Server des Feeds unter %1 hatte ein Problem (HTTP %2). Es wurde nichts geändert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the feed.</source>
        <translation>%1 hat statt des Feeds mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>EpisodeDesk could not make a temporary file for the feed: %1</source>
        <translation>EpisodeDesk konnte keine temporäre Datei für den Feed anlegen: %1</translation>
    </message>
    <message>
        <source>The feed is compressed in a way EpisodeDesk cannot read.</source>
        <translation>Der Feed ist auf eine Weise komprimiert, die EpisodeDesk nicht lesen kann.</translation>
    </message>
    <message>
        <source>The feed grows past %1 MB when uncompressed; EpisodeDesk stopped reading it.</source>
        <translation>Der Feed wird entpackt größer als %1 MB; EpisodeDesk hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>The feed is gzip-compressed but the compressed data is damaged or cut short.</source>
        <translation>Der Feed ist gzip-komprimiert, aber die komprimierten Daten sind beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>%1 took longer than %2 seconds to send the feed; EpisodeDesk stopped waiting.</source>
        <translation>%1 hat länger als %2 Sekunden gebraucht, um den Feed zu senden; EpisodeDesk hat das Warten abgebrochen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a feed address: it should start with https:// (or http://).</source>
        <translation>„%1“ ist keine Feed-Adresse: sie sollte mit https:// (oder http://) beginnen.</translation>
    </message>
    <message>
        <source>The feed&apos;s download was stopped.</source>
        <translation>Der Download des Feeds wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The feed is %1 MB, more than the %2 MB EpisodeDesk reads; nothing was imported.</source>
        <translation>Der Feed ist %1 MB groß, mehr als die %2 MB, die EpisodeDesk liest; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The feed is larger than the %1 MB EpisodeDesk reads; nothing was imported.</source>
        <translation>Der Feed ist größer als die %1 MB, die EpisodeDesk liest; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>EpisodeDesk could not write the feed to a temporary file: %1</source>
        <translation>EpisodeDesk konnte den Feed nicht in eine temporäre Datei schreiben: %1</translation>
    </message>
    <message>
        <source>%1 stopped sending the feed for %2 seconds; EpisodeDesk gave up. Try again later.</source>
        <translation>%1 hat %2 Sekunden lang keine Daten des Feeds mehr gesendet; EpisodeDesk hat aufgegeben. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>EpisodeDesk could not find the server %1. Check the feed address and your connection.</source>
        <translation>EpisodeDesk konnte den Server %1 nicht finden. Prüfen Sie die Feed-Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The feed address redirects more than %1 times; EpisodeDesk stopped following it.</source>
        <translation>Die Feed-Adresse leitet mehr als %1-mal weiter; EpisodeDesk hat die Weiterleitung abgebrochen.</translation>
    </message>
    <message>
        <source>The feed address redirects to &quot;%1&quot;, which is not a web address.</source>
        <translation>Die Feed-Adresse leitet auf „%1“ weiter, was keine Webadresse ist.</translation>
    </message>
    <message>
        <source>%1 answered &quot;not modified&quot; to a request that did not ask for it (HTTP 304).</source>
        <translation>%1 hat auf eine Anfrage, die das nicht verlangt hat, mit „nicht geändert“ geantwortet (HTTP 304).</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::HoldReason</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation>Zurückgehalten: %1</translation>
    </message>
    <message>
        <source>The tweet is empty.</source>
        <translation>Der Tweet ist leer.</translation>
    </message>
    <message>
        <source>The tweet is empty after filling in %1.</source>
        <translation>Der Tweet ist nach dem Ausfüllen von %1 leer.</translation>
    </message>
    <message>
        <source>%1 characters as X counts them (X allows %2).</source>
        <translation>%1 Zeichen nach der Zählung von X (X erlaubt %2).</translation>
    </message>
    <message>
        <source>%1 characters after filling in %2 (X allows %3).</source>
        <translation>%1 Zeichen nach dem Ausfüllen von %2 (X erlaubt %3).</translation>
    </message>
    <message>
        <source>The tweet contains a character X does not accept.</source>
        <translation>Der Tweet enthält ein Zeichen, das X nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The tweet&apos;s account no longer exists.</source>
        <translation>Das Konto des Tweets existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The account “%1” has no valid API address.</source>
        <translation>Das Konto „%1“ hat keine gültige API-Adresse.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::KeychainSecretStore</name>
    <message>
        <source>The X keys stored for this account are damaged or were saved by a newer version of EpisodeDesk. Enter them again.</source>
        <translation>Die für dieses Konto gespeicherten X-Schlüssel sind beschädigt oder wurden von einer neueren Version von EpisodeDesk gespeichert. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>These X keys are too long to keep in the system keychain (%1 bytes; at most %2). Check that each key was pasted on its own.</source>
        <translation>Diese X-Schlüssel sind zu lang für den Schlüsselbund des Systems (%1 Byte; höchstens %2). Prüfen Sie, ob jeder Schlüssel einzeln eingefügt wurde.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::LocalXServer</name>
    <message>
        <source>The sandbox server is already listening.</source>
        <translation>Der Sandbox-Server lauscht bereits.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>Cannot use %1 as sandbox storage: %2</source>
        <translation>%1 kann nicht als Sandbox-Speicher verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::OAuth1Signer</name>
    <message>
        <source>The request method must be an upper-case HTTP method.</source>
        <translation>Die Anfragemethode muss eine HTTP-Methode in Großbuchstaben sein.</translation>
    </message>
    <message>
        <source>The request address cannot be signed (unexpected characters in it).</source>
        <translation>Die Anfrageadresse kann nicht signiert werden (sie enthält unerwartete Zeichen).</translation>
    </message>
    <message>
        <source>The parameters to sign already contain a signature.</source>
        <translation>Die zu signierenden Parameter enthalten bereits eine Signatur.</translation>
    </message>
    <message>
        <source>The request parameters cannot be signed in the order OAuth requires.</source>
        <translation>Die Anfrageparameter können nicht in der von OAuth verlangten Reihenfolge signiert werden.</translation>
    </message>
    <message>
        <source>The account&apos;s X keys are incomplete.</source>
        <translation>Die X-Schlüssel des Kontos sind unvollständig.</translation>
    </message>
    <message>
        <source>The request address is not a valid web address.</source>
        <translation>Die Anfrageadresse ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>The request has no nonce or timestamp.</source>
        <translation>Die Anfrage hat weder Nonce noch Zeitstempel.</translation>
    </message>
    <message>
        <source>The request already carries OAuth parameters.</source>
        <translation>Die Anfrage enthält bereits OAuth-Parameter.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::OAuth2Tokens</name>
    <message>
        <source>“%1” is not signed in to X on this computer. Sign in with X in Accounts; nothing was sent.</source>
        <translation>„%1“ ist auf diesem Computer nicht bei X angemeldet. Melden Sie sich unter Konten bei X an; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>EpisodeDesk cannot write its lock files in %1, so it cannot renew the sign-in with X safely. Nothing was sent.</source>
        <translation>EpisodeDesk kann seine Sperrdateien nicht in %1 schreiben und daher die Anmeldung bei X nicht sicher erneuern. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Another EpisodeDesk on this computer is renewing the sign-in of “%1” with X and has not finished. Nothing was sent; try again in a moment.</source>
        <translation>Eine andere EpisodeDesk-Instanz auf diesem Computer erneuert gerade die Anmeldung von „%1“ bei X und ist noch nicht fertig. Es wurde nichts gesendet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The renewed sign-in of “%1” could not be saved in the keychain. EpisodeDesk keeps it until it quits; if the keychain still refuses it then, sign in with X again.</source>
        <translation>Die erneuerte Anmeldung von „%1“ konnte nicht im Schlüsselbund gespeichert werden. EpisodeDesk behält sie bis zum Beenden; falls der Schlüsselbund sie dann weiterhin ablehnt, melden Sie sich erneut bei X an.</translation>
    </message>
    <message>
        <source>X no longer accepts the sign-in of “%1” (it was revoked, or used up elsewhere). Sign in with X again in Accounts; nothing was sent.</source>
        <translation>X akzeptiert die Anmeldung von „%1“ nicht mehr (sie wurde widerrufen oder anderswo verbraucht). Melden Sie sich unter Konten erneut bei X an; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>X did not renew the sign-in of “%1” (%2). Nothing was sent; EpisodeDesk tries again later.</source>
        <translation>X hat die Anmeldung von „%1“ nicht erneuert (%2). Es wurde nichts gesendet; EpisodeDesk versucht es später erneut.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::PostingJournal</name>
    <message>
        <source>The attempt id cannot name a journal entry.</source>
        <translation>Die Versuchs-ID kann keinen Journaleintrag bezeichnen.</translation>
    </message>
    <message>
        <source>Cannot create the posting journal folder %1.</source>
        <translation>Der Ordner für das Veröffentlichungsjournal %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write the posting journal: %1</source>
        <translation>Das Veröffentlichungsjournal kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the posting journal entry %1.</source>
        <translation>Der Eintrag %1 des Veröffentlichungsjournals kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot remove the posting journal entry %1.</source>
        <translation>Der Eintrag %1 des Veröffentlichungsjournals kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::PostingService</name>
    <message>
        <source>No keychain is available to read this account&apos;s X keys.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um die X-Schlüssel dieses Kontos zu lesen.</translation>
    </message>
    <message>
        <source>The X keys of “%1” are not on this computer. Add them in Accounts on this computer; on a team database, a teammate&apos;s computer that has them posts its scheduled tweets.</source>
        <translation>Die X-Schlüssel von „%1“ sind nicht auf diesem Computer. Fügen Sie sie auf diesem Computer unter „Konten“ hinzu; bei einer Team-Datenbank veröffentlicht der Computer eines Teammitglieds, auf dem sie vorhanden sind, die geplanten Tweets.</translation>
    </message>
    <message>
        <source>The posting engine is not running.</source>
        <translation>Die Veröffentlichungs-Engine läuft nicht.</translation>
    </message>
    <message>
        <source>The team database cannot be reached. Nothing was sent; EpisodeDesk keeps trying to reconnect.</source>
        <translation>Die Team-Datenbank ist nicht erreichbar. Es wurde nichts gesendet; EpisodeDesk versucht weiterhin, die Verbindung wiederherzustellen.</translation>
    </message>
    <message>
        <source>This tweet&apos;s account is missing.</source>
        <translation>Das Konto dieses Tweets fehlt.</translation>
    </message>
    <message>
        <source>The Sandbox server is not running, so nothing was sent.</source>
        <translation>Der Sandbox-Server läuft nicht, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Not sent: getting ready took too long, so EpisodeDesk did not send it. Nothing was published; post it again.</source>
        <translation>Nicht gesendet: Die Vorbereitung hat zu lange gedauert, daher hat EpisodeDesk den Tweet nicht gesendet. Es wurde nichts veröffentlicht; veröffentlichen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>X did not accept the sign-in of this account (HTTP 401). Nothing was published; EpisodeDesk renews the sign-in, so post it again.</source>
        <translation>X hat die Anmeldung dieses Kontos nicht akzeptiert (HTTP 401). Es wurde nichts veröffentlicht; EpisodeDesk erneuert die Anmeldung, veröffentlichen Sie den Tweet also erneut.</translation>
    </message>
    <message>
        <source>Posted.</source>
        <translation>Veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::PostingStore</name>
    <message>
        <source>The team database cannot be reached. Nothing was sent; EpisodeDesk keeps trying to reconnect.</source>
        <translation>Die Team-Datenbank ist nicht erreichbar. Es wurde nichts gesendet; EpisodeDesk versucht weiterhin, die Verbindung wiederherzustellen.</translation>
    </message>
    <message>
        <source>The database is busy (another window or process is writing). Nothing was sent; please try again.</source>
        <translation>Die Datenbank ist ausgelastet (ein anderes Fenster oder ein anderer Prozess schreibt gerade). Es wurde nichts gesendet; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database refused to start a change: %1</source>
        <translation>Die Datenbank hat den Beginn einer Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The database could not save the change: %1</source>
        <translation>Die Datenbank konnte die Änderung nicht speichern: %1</translation>
    </message>
    <message>
        <source>The team database went away while this tweet was being claimed. Nothing was sent. If the claim was saved, the tweet shows “posting” until its lease ends, then “unknown”.</source>
        <translation>Die Verbindung zur Team-Datenbank ging verloren, während dieser Tweet zum Veröffentlichen übernommen wurde. Es wurde nichts gesendet. Falls die Übernahme gespeichert wurde, zeigt der Tweet „wird veröffentlicht“ an, bis seine Reservierung abläuft, danach „unbekannt“.</translation>
    </message>
    <message>
        <source>The connection to the team database broke while this tweet was being claimed, and the claim was not saved. Nothing was sent; post it again.</source>
        <translation>Die Verbindung zur Team-Datenbank brach ab, während dieser Tweet zum Veröffentlichen übernommen wurde, und die Übernahme wurde nicht gespeichert. Es wurde nichts gesendet; veröffentlichen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The program posting this tweet stopped before X answered; it may have been published. Verify it before posting again.</source>
        <translation>Das Programm, das diesen Tweet veröffentlichte, wurde beendet, bevor X geantwortet hat; er wurde möglicherweise veröffentlicht. Prüfen Sie ihn, bevor Sie ihn erneut veröffentlichen.</translation>
    </message>
    <message>
        <source>The program posting this tweet did not finish in time; it may have been published. Verify it before posting again.</source>
        <translation>Das Programm, das diesen Tweet veröffentlichte, wurde nicht rechtzeitig fertig; er wurde möglicherweise veröffentlicht. Prüfen Sie ihn, bevor Sie ihn erneut veröffentlichen.</translation>
    </message>
    <message>
        <source>There is no tweet %1.</source>
        <translation>Es gibt keinen Tweet %1.</translation>
    </message>
    <message>
        <source>Already posted (%1).</source>
        <translation>Bereits veröffentlicht (%1).</translation>
    </message>
    <message>
        <source>Already posted: %1</source>
        <translation>Bereits veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Already being posted (by process %1 on %2).</source>
        <translation>Wird bereits veröffentlicht (von Prozess %1 auf %2).</translation>
    </message>
    <message>
        <source>Already being posted.</source>
        <translation>Wird bereits veröffentlicht.</translation>
    </message>
    <message>
        <source>The outcome of the last attempt is unknown: it may be on X already. Verify it first.</source>
        <translation>Das Ergebnis des letzten Versuchs ist unbekannt: Der Tweet ist möglicherweise bereits auf X. Prüfen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>This tweet is disabled.</source>
        <translation>Dieser Tweet ist deaktiviert.</translation>
    </message>
    <message>
        <source>The tweet&apos;s images changed while they were uploading; nothing was sent.</source>
        <translation>Die Bilder des Tweets haben sich während des Hochladens geändert; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>X stopped posting for this account: its usage cap is reached. Posting resumes after you raise the cap on X and clear the stop in EpisodeDesk.</source>
        <translation>X hat das Veröffentlichen für dieses Konto gestoppt: Sein Nutzungslimit ist erreicht. Das Veröffentlichen wird fortgesetzt, nachdem Sie das Limit bei X erhöht und den Stopp in EpisodeDesk aufgehoben haben.</translation>
    </message>
    <message>
        <source>X&apos;s posting limit for this account is reached; posting resumes at %1.</source>
        <translation>Das Veröffentlichungslimit von X für dieses Konto ist erreicht; das Veröffentlichen wird um %1 fortgesetzt.</translation>
    </message>
    <message>
        <source>Another attempt claimed this tweet first.</source>
        <translation>Ein anderer Versuch hat diesen Tweet zuerst übernommen.</translation>
    </message>
    <message>
        <source>The tweet changed while it was being verified; nothing was settled.</source>
        <translation>Der Tweet hat sich während der Prüfung geändert; es wurde nichts festgelegt.</translation>
    </message>
    <message>
        <source>Verified: this attempt was not the one X published.</source>
        <translation>Geprüft: Dieser Versuch war nicht derjenige, den X veröffentlicht hat.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::Scheduler</name>
    <message>
        <source>Waiting for X&apos;s limit — resumes %1</source>
        <translation>Warten auf das Limit von X – Fortsetzung um %1</translation>
    </message>
    <message>
        <source>Trying again at %1: %2</source>
        <translation>Neuer Versuch um %1: %2</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::SecretStore</name>
    <message>
        <source>%1 (The keychain said: %2)</source>
        <translation>%1 (Meldung des Schlüsselbunds: %2)</translation>
    </message>
    <message>
        <source>No X keys are stored for this account. Enter them in the account&apos;s settings.</source>
        <translation>Für dieses Konto sind keine X-Schlüssel gespeichert. Geben Sie sie in den Einstellungen des Kontos ein.</translation>
    </message>
    <message>
        <source>No keychain is available. EpisodeDesk keeps X keys only in the system keychain (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager); start one and try again.</source>
        <translation>Es ist kein Schlüsselbund verfügbar. EpisodeDesk speichert X-Schlüssel ausschließlich im Schlüsselbund des Systems (GNOME Keyring, KWallet, macOS-Schlüsselbund oder Windows-Anmeldeinformationsverwaltung); starten Sie einen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (for example in your keyring manager, or by logging out and in again) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt. Entsperren Sie ihn (zum Beispiel in Ihrer Schlüsselbundverwaltung oder durch Ab- und erneutes Anmelden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>EpisodeDesk was not allowed to use the system keychain. Allow access when your system asks, then try again.</source>
        <translation>EpisodeDesk durfte den Schlüsselbund des Systems nicht verwenden. Erlauben Sie den Zugriff, wenn Ihr System danach fragt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain could not complete the request. Try again; if it keeps failing, check your keychain application.</source>
        <translation>Der Schlüsselbund des Systems konnte die Anfrage nicht abschließen. Versuchen Sie es erneut; falls es weiterhin fehlschlägt, überprüfen Sie Ihre Schlüsselbund-Anwendung.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::TweetTableModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>Posted %1 as %2</source>
        <translation>Veröffentlicht am %1 als %2</translation>
    </message>
    <message>
        <source>Sandbox account: posts only to the test server inside EpisodeDesk</source>
        <translation>Sandbox-Konto: veröffentlicht nur auf dem Testserver in EpisodeDesk</translation>
    </message>
    <message>
        <source>Template: %1
%2/%3 as X counts it</source>
        <translation>Vorlage: %1
%2/%3 nach Zählung von X</translation>
    </message>
    <message>
        <source>1 image:</source>
        <translation>1 Bild:</translation>
    </message>
    <message>
        <source>%1 images:</source>
        <translation>%1 Bilder:</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 – %3</translation>
    </message>
    <message>
        <source>no alt text</source>
        <translation>kein Alternativtext</translation>
    </message>
    <message>
        <source>alt: “%1”</source>
        <translation>Alternativtext: „%1“</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>%1 (Sandbox)</source>
        <translation>%1 (Sandbox)</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::Verifier</name>
    <message>
        <source>There is no tweet %1.</source>
        <translation>Es gibt keinen Tweet %1.</translation>
    </message>
    <message>
        <source>Already posted.</source>
        <translation>Bereits veröffentlicht.</translation>
    </message>
    <message>
        <source>This tweet is being posted right now; wait for X&apos;s answer.</source>
        <translation>Dieser Tweet wird gerade veröffentlicht; warten Sie auf die Antwort von X.</translation>
    </message>
    <message>
        <source>Nothing to verify: this tweet is %1, not unknown.</source>
        <translation>Nichts zu prüfen: Der Status dieses Tweets ist „%1“, nicht „unbekannt“.</translation>
    </message>
    <message>
        <source>The attempt to verify or its account is missing from the database.</source>
        <translation>Der zu prüfende Versuch oder sein Konto fehlt in der Datenbank.</translation>
    </message>
    <message>
        <source>The Sandbox server is not running; cannot verify.</source>
        <translation>Der Sandbox-Server läuft nicht; Prüfen ist nicht möglich.</translation>
    </message>
    <message>
        <source>Could not ask X who this account is: %1</source>
        <translation>X konnte nicht gefragt werden, um welches Konto es sich handelt: %1</translation>
    </message>
    <message>
        <source>Could not read the account&apos;s posts on X: %1</source>
        <translation>Die Beiträge des Kontos auf X konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The tweet was settled meanwhile: it is %1.</source>
        <translation>Über den Tweet wurde inzwischen entschieden: Sein Status ist „%1“.</translation>
    </message>
    <message>
        <source>Verified: it is on X.</source>
        <translation>Geprüft: Der Tweet ist auf X.</translation>
    </message>
    <message>
        <source>The account posted more than EpisodeDesk reads (%1 pages) around this attempt; it cannot rule out that it is among them. Check the account on X.</source>
        <translation>Das Konto hat rund um diesen Versuch mehr veröffentlicht, als EpisodeDesk liest (%1 Seiten); EpisodeDesk kann nicht ausschließen, dass der Tweet darunter ist. Überprüfen Sie das Konto auf X.</translation>
    </message>
    <message>
        <source>X listed a post like this one without saying where its links lead, so EpisodeDesk cannot tell whether it is this tweet. It will ask again later.</source>
        <translation>X hat einen ähnlichen Beitrag aufgeführt, ohne anzugeben, wohin seine Links führen, daher kann EpisodeDesk nicht feststellen, ob es dieser Tweet ist. EpisodeDesk fragt später erneut nach.</translation>
    </message>
    <message>
        <source>X refused this text as a duplicate, and the post with this text belongs to another tweet. Check the account on X.</source>
        <translation>X hat diesen Text als Duplikat abgelehnt, und der Beitrag mit diesem Text gehört zu einem anderen Tweet. Überprüfen Sie das Konto auf X.</translation>
    </message>
    <message>
        <source>X refused this text as a duplicate: the same text is on X already. Check the account on X.</source>
        <translation>X hat diesen Text als Duplikat abgelehnt: Derselbe Text ist bereits auf X. Überprüfen Sie das Konto auf X.</translation>
    </message>
    <message>
        <source>Not on X yet. X can take a moment to list new posts; EpisodeDesk verifies again by itself after %1.</source>
        <translation>Noch nicht auf X. Es kann einen Moment dauern, bis X neue Beiträge aufführt; EpisodeDesk prüft nach %1 selbstständig erneut.</translation>
    </message>
    <message>
        <source>Verified not published: X has no such post.</source>
        <translation>Geprüft, nicht veröffentlicht: X hat keinen solchen Beitrag.</translation>
    </message>
    <message>
        <source>The tweet was settled meanwhile: it no longer exists.</source>
        <translation>Über den Tweet wurde inzwischen entschieden: Er existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::XClient</name>
    <message>
        <source>Not sent: this account has no valid sign-in with X on this computer. Sign in again.</source>
        <translation>Nicht gesendet: Dieses Konto hat auf diesem Computer keine gültige Anmeldung bei X. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Not sent: a post takes 1 to 4 uploaded images, and these could not be used.</source>
        <translation>Nicht gesendet: Ein Beitrag benötigt 1 bis 4 hochgeladene Bilder, und diese konnten nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The account has no valid X user id.</source>
        <translation>Das Konto hat keine gültige X-Benutzer-ID.</translation>
    </message>
    <message>
        <source>X&apos;s page token for the account&apos;s posts could not be used.</source>
        <translation>Der Seiten-Token von X für die Beiträge des Kontos konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Not sent: its time ran out before it could leave this computer. Nothing was published.</source>
        <translation>Nicht gesendet: Die Zeit ist abgelaufen, bevor die Anfrage diesen Computer verlassen konnte. Es wurde nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>Not sent: the image is empty.</source>
        <translation>Nicht gesendet: Das Bild ist leer.</translation>
    </message>
    <message>
        <source>Not sent: X takes JPEG, PNG, WebP or GIF images only.</source>
        <translation>Nicht gesendet: X akzeptiert nur Bilder im Format JPEG, PNG, WebP oder GIF.</translation>
    </message>
    <message>
        <source>X could not process the GIF; it was not attached.</source>
        <translation>X konnte das GIF nicht verarbeiten; es wurde nicht angehängt.</translation>
    </message>
    <message>
        <source>X was still processing the GIF when its time ran out.</source>
        <translation>X hat das GIF noch verarbeitet, als die Zeit abgelaufen ist.</translation>
    </message>
    <message>
        <source>Not sent: the image has no valid X media id.</source>
        <translation>Nicht gesendet: Das Bild hat keine gültige X-Medien-ID.</translation>
    </message>
    <message>
        <source>Not sent: X takes alt text of at most %1 characters.</source>
        <translation>Nicht gesendet: X akzeptiert Alternativtexte mit höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::XResponse</name>
    <message>
        <source>X did not answer in time; the post may have been published. Verify before sending it again.</source>
        <translation>X hat nicht rechtzeitig geantwortet; der Beitrag wurde möglicherweise veröffentlicht. Prüfen Sie dies, bevor Sie ihn erneut senden.</translation>
    </message>
    <message>
        <source>Could not reach X in time; nothing was sent.</source>
        <translation>X konnte nicht rechtzeitig erreicht werden; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The connection to X broke after the request was sent; the post may have been published. Verify before sending it again.</source>
        <translation>Die Verbindung zu X ist nach dem Senden der Anfrage abgebrochen; der Beitrag wurde möglicherweise veröffentlicht. Prüfen Sie dies, bevor Sie ihn erneut senden.</translation>
    </message>
    <message>
        <source>Could not connect to X (connection refused); nothing was sent.</source>
        <translation>Keine Verbindung zu X möglich (Verbindung abgelehnt); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Could not find X&apos;s server address; nothing was sent.</source>
        <translation>Die Serveradresse von X wurde nicht gefunden; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The secure connection to X failed; nothing was sent.</source>
        <translation>Die sichere Verbindung zu X ist fehlgeschlagen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The network proxy refused the connection; nothing was sent.</source>
        <translation>Der Netzwerk-Proxy hat die Verbindung abgelehnt; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>EpisodeDesk sends keys only over https (or http on this computer); nothing was sent.</source>
        <translation>EpisodeDesk sendet Schlüssel nur über https (oder http auf diesem Computer); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The request was cancelled before it was sent.</source>
        <translation>Die Anfrage wurde abgebrochen, bevor sie gesendet wurde.</translation>
    </message>
    <message>
        <source>A network error stopped the request before it was sent.</source>
        <translation>Ein Netzwerkfehler hat die Anfrage vor dem Senden gestoppt.</translation>
    </message>
    <message>
        <source>%1 X says: &quot;%2&quot;</source>
        <translation>%1 X meldet: „%2“</translation>
    </message>
    <message>
        <source>X refused the request as invalid (HTTP 400).</source>
        <translation>X hat die Anfrage als ungültig abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <source>X did not accept the account&apos;s keys (HTTP 401). Check the keys and the computer&apos;s clock.</source>
        <translation>X hat die Schlüssel des Kontos nicht akzeptiert (HTTP 401). Prüfen Sie die Schlüssel und die Uhrzeit des Computers.</translation>
    </message>
    <message>
        <source>X does not allow this account to do this (HTTP 403).</source>
        <translation>X erlaubt diesem Konto diese Aktion nicht (HTTP 403).</translation>
    </message>
    <message>
        <source>The X API usage cap is used up (HTTP 429); retrying will not help until the cap is raised or renewed.</source>
        <translation>Das Nutzungskontingent der X-API ist aufgebraucht (HTTP 429); erneute Versuche helfen erst, wenn das Kontingent erhöht oder erneuert wurde.</translation>
    </message>
    <message>
        <source>X&apos;s rate limit was reached (HTTP 429); it resets at %1 UTC.</source>
        <translation>Das Ratenlimit von X wurde erreicht (HTTP 429); es wird um %1 UTC zurückgesetzt.</translation>
    </message>
    <message>
        <source>X&apos;s rate limit was reached (HTTP 429); try again later.</source>
        <translation>Das Ratenlimit von X wurde erreicht (HTTP 429); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>X had a server error (HTTP %1).</source>
        <translation>Bei X ist ein Serverfehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>X refused the request (HTTP %1).</source>
        <translation>X hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>X answered with a redirect (HTTP %1), which EpisodeDesk does not follow.</source>
        <translation>X hat mit einer Weiterleitung geantwortet (HTTP %1), der EpisodeDesk nicht folgt.</translation>
    </message>
    <message>
        <source>X gave an unexpected answer (HTTP %1).</source>
        <translation>X hat unerwartet geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>The post may have been published. Verify before sending it again.</source>
        <translation>Der Beitrag wurde möglicherweise veröffentlicht. Prüfen Sie ihn, bevor Sie ihn erneut senden.</translation>
    </message>
    <message>
        <source>Published on X.</source>
        <translation>Auf X veröffentlicht.</translation>
    </message>
    <message>
        <source>X accepted the post (HTTP 201) but its answer was too large to read.</source>
        <translation>X hat den Beitrag angenommen (HTTP 201), aber seine Antwort war zu groß, um sie zu lesen.</translation>
    </message>
    <message>
        <source>X accepted the post (HTTP 201) but its answer had no readable post id.</source>
        <translation>X hat den Beitrag angenommen (HTTP 201), aber seine Antwort enthielt keine lesbare Beitrags-ID.</translation>
    </message>
    <message>
        <source>X refused the text as a duplicate (HTTP 403); it is probably posted already. Verify before sending it again.</source>
        <translation>X hat den Text als Duplikat abgelehnt (HTTP 403); er ist wahrscheinlich bereits veröffentlicht. Prüfen Sie ihn, bevor Sie ihn erneut senden.</translation>
    </message>
    <message>
        <source>X refused the post&apos;s images (HTTP 400): their upload has expired or X does not know it. Nothing was published; the images have to be uploaded again.</source>
        <translation>X hat die Bilder des Beitrags abgelehnt (HTTP 400): Ihr Upload ist abgelaufen oder X kennt ihn nicht. Es wurde nichts veröffentlicht; die Bilder müssen erneut hochgeladen werden.</translation>
    </message>
    <message>
        <source>X&apos;s answer about the account could not be read.</source>
        <translation>Die Antwort von X zum Konto konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>X&apos;s list of the account&apos;s posts could not be read.</source>
        <translation>Die Liste der Beiträge des Kontos von X konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The image could not be sent to X.</source>
        <translation>Das Bild konnte nicht an X gesendet werden.</translation>
    </message>
    <message>
        <source>X did not answer in time while the image was being sent.</source>
        <translation>X hat beim Senden des Bildes nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>X accepted the image but its answer had no readable media id.</source>
        <translation>X hat das Bild angenommen, aber seine Antwort enthielt keine lesbare Medien-ID.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::XSignIn</name>
    <message numerus="yes">
        <source>Nobody came back from X&apos;s sign-in page within %n minutes. Sign in again when you are ready.</source>
        <translation>
            <numerusform>Innerhalb von %n Minute ist niemand von der Anmeldeseite von X zurückgekehrt. Melden Sie sich erneut an, sobald Sie bereit sind.</numerusform>
            <numerusform>Innerhalb von %n Minuten ist niemand von der Anmeldeseite von X zurückgekehrt. Melden Sie sich erneut an, sobald Sie bereit sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>EpisodeDesk could not wait for X&apos;s answer: ports %1 on 127.0.0.1 are all in use. Close what uses them, or choose another port registered in your X app.</source>
        <translation>EpisodeDesk konnte nicht auf die Antwort von X warten: Die Ports %1 auf 127.0.0.1 sind alle belegt. Schließen Sie, was sie verwendet, oder wählen Sie einen anderen Port, der in Ihrer X-App registriert ist.</translation>
    </message>
    <message>
        <source>EpisodeDesk has X&apos;s answer. You can close this tab and go back to EpisodeDesk.</source>
        <translation>EpisodeDesk hat die Antwort von X erhalten. Sie können diesen Tab schließen und zu EpisodeDesk zurückkehren.</translation>
    </message>
    <message>
        <source>X did not accept the sign-in code: it expires 30 seconds after you approve, and works once. Sign in again.</source>
        <translation>X hat den Anmeldecode nicht akzeptiert: Er läuft 30 Sekunden nach Ihrer Zustimmung ab und funktioniert nur einmal. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>X refused the sign-in (%1). Check the Client ID of your X app and sign in again.</source>
        <translation>X hat die Anmeldung abgelehnt (%1). Überprüfen Sie die Client-ID Ihrer X-App und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>X&apos;s sign-in service did not answer (%1). Try again in a moment.</source>
        <translation>Der Anmeldedienst von X hat nicht geantwortet (%1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The answer that reached EpisodeDesk does not belong to this sign-in, so it was not used. Sign in again.</source>
        <translation>Die Antwort, die EpisodeDesk erreicht hat, gehört nicht zu dieser Anmeldung und wurde daher nicht verwendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in was not approved on X&apos;s page. Nothing was changed.</source>
        <translation>Die Anmeldung wurde auf der Seite von X nicht genehmigt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>X&apos;s sign-in page answered with an error (%1). Sign in again.</source>
        <translation>Die Anmeldeseite von X hat mit einem Fehler geantwortet (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>X&apos;s answer held no access token. Sign in again.</source>
        <translation>Die Antwort von X enthielt kein Zugriffstoken. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Signed in, but X did not say which account it is (%1). Sign in again.</source>
        <translation>Angemeldet, aber X hat nicht mitgeteilt, um welches Konto es sich handelt (%1). Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::AccountDialog</name>
    <message>
        <source>Required, e.g. My Show</source>
        <translation>Erforderlich, z. B. Meine Sendung</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Sandbox — posts to the local test server only</source>
        <translation>Sandbox – veröffentlicht nur auf dem lokalen Testserver</translation>
    </message>
    <message>
        <source>@yourshow</source>
        <translation>@ihresendung</translation>
    </message>
    <message>
        <source>Where this account&apos;s posts are sent. Leave it at %1 unless you know you need another address.</source>
        <translation>Wohin die Beiträge dieses Kontos gesendet werden. Belassen Sie den Wert bei %1, sofern Sie nicht sicher sind, dass Sie eine andere Adresse benötigen.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API-Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>X&apos;s number for this account, filled in by Check connection</source>
        <translation>Die Nummer von X für dieses Konto, wird von „Verbindung prüfen“ ausgefüllt</translation>
    </message>
    <message>
        <source>Sign in with X (recommended)</source>
        <translation>Mit X anmelden (empfohlen)</translation>
    </message>
    <message>
        <source>Keys from X&apos;s developer portal</source>
        <translation>Schlüssel aus dem Entwicklerportal von X</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Signs in:</source>
        <translation>An&amp;meldung:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>X user ID:</source>
        <translation>X-Benutzer-ID:</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>%1 (Sandbox — posts to the local test server only)</source>
        <translation>%1 (Sandbox – veröffentlicht nur auf dem lokalen Testserver)</translation>
    </message>
    <message>
        <source>X keys</source>
        <translation>X-Schlüssel</translation>
    </message>
    <message>
        <source>The four keys of your app on X&apos;s developer site (Keys and tokens), with read and write access. EpisodeDesk keeps them in your system keychain, never in its database, and does not show them again.</source>
        <translation>Die vier Schlüssel Ihrer App auf der Entwicklerseite von X (Keys and tokens), mit Lese- und Schreibzugriff. EpisodeDesk speichert sie im Schlüsselbund Ihres Systems, niemals in seiner Datenbank, und zeigt sie nicht erneut an.</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer Key</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>Access token secret</source>
        <translation>Access Token Secret</translation>
    </message>
    <message>
        <source>&amp;Check Connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>Ask X which account these keys belong to, and fill in its handle and user ID</source>
        <translation>X fragen, zu welchem Konto diese Schlüssel gehören, und Benutzername und Benutzer-ID ausfüllen</translation>
    </message>
    <message>
        <source>Consumer &amp;key (API key):</source>
        <translation>Consumer &amp;Key (API-Schlüssel):</translation>
    </message>
    <message>
        <source>Consumer &amp;secret:</source>
        <translation>Consumer &amp;Secret:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Access &amp;Token:</translation>
    </message>
    <message>
        <source>Access token s&amp;ecret:</source>
        <translation>Access Token S&amp;ecret:</translation>
    </message>
    <message>
        <source>Looking for this account&apos;s sign-in in the keychain…</source>
        <translation>Anmeldung dieses Kontos wird im Schlüsselbund gesucht…</translation>
    </message>
    <message>
        <source>Signed in with X on this computer.</source>
        <translation>Auf diesem Computer bei X angemeldet.</translation>
    </message>
    <message>
        <source>Not signed in on this computer: sign in to post from it here.</source>
        <translation>Auf diesem Computer nicht angemeldet: Melden Sie sich an, um von hier aus zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Enter your X app&apos;s Client ID, then sign in.</source>
        <translation>Geben Sie die Client-ID Ihrer X-App ein und melden Sie sich dann an.</translation>
    </message>
    <message>
        <source>Enter the four keys now, or save the account and add them later.</source>
        <translation>Geben Sie die vier Schlüssel jetzt ein, oder speichern Sie das Konto und fügen Sie sie später hinzu.</translation>
    </message>
    <message>
        <source>Looking for this account&apos;s keys in the keychain…</source>
        <translation>Schlüssel dieses Kontos werden im Schlüsselbund gesucht…</translation>
    </message>
    <message>
        <source>Stored in the keychain (consumer key ending in …%1). Leave the fields empty to keep them.</source>
        <translation>Im Schlüsselbund gespeichert (Consumer Key endet auf …%1). Lassen Sie die Felder leer, um sie beizubehalten.</translation>
    </message>
    <message>
        <source>Stored in the keychain. Leave the fields empty to keep them.</source>
        <translation>Im Schlüsselbund gespeichert. Lassen Sie die Felder leer, um sie beizubehalten.</translation>
    </message>
    <message>
        <source>No keys stored yet: enter the four keys to post from this account.</source>
        <translation>Noch keine Schlüssel gespeichert: Geben Sie die vier Schlüssel ein, um von diesem Konto aus zu veröffentlichen.</translation>
    </message>
    <message>
        <source>%1 You can still save the account&apos;s other settings.</source>
        <translation>%1 Die übrigen Einstellungen des Kontos können Sie trotzdem speichern.</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>Tweets go to EpisodeDesk&apos;s built-in test server and nowhere else: a safe way to try the whole workflow.</source>
        <translation>Tweets gehen an den eingebauten Testserver von EpisodeDesk und nirgendwo sonst hin: eine sichere Möglichkeit, den gesamten Ablauf auszuprobieren.</translation>
    </message>
    <message>
        <source>Tweets are published on X for everyone to see.</source>
        <translation>Tweets werden auf X veröffentlicht und sind für alle sichtbar.</translation>
    </message>
    <message>
        <source>Enter all four keys, or none to keep the stored ones.</source>
        <translation>Geben Sie alle vier Schlüssel ein oder keinen, um die gespeicherten beizubehalten.</translation>
    </message>
    <message>
        <source>Enter the four keys first.</source>
        <translation>Geben Sie zuerst die vier Schlüssel ein.</translation>
    </message>
    <message>
        <source>Reading the keys from the keychain…</source>
        <translation>Schlüssel werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Asking X which account these keys belong to…</source>
        <translation>X wird gefragt, zu welchem Konto diese Schlüssel gehören…</translation>
    </message>
    <message>
        <source>X did not accept these keys: %1</source>
        <translation>X hat diese Schlüssel nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Prüfen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Connected: these keys post as @%1 (%2).</source>
        <translation>Verbunden: Diese Schlüssel veröffentlichen als @%1 (%2).</translation>
    </message>
    <message>
        <source>Account Not Saved</source>
        <translation>Konto nicht gespeichert</translation>
    </message>
    <message>
        <source>The account could not be saved. %1</source>
        <translation>Das Konto konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>Saving the keys in the keychain…</source>
        <translation>Schlüssel werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>The account is saved, but its keys are not: %1</source>
        <translation>Das Konto ist gespeichert, seine Schlüssel jedoch nicht: %1</translation>
    </message>
    <message>
        <source>Keys Not Saved</source>
        <translation>Schlüssel nicht gespeichert</translation>
    </message>
    <message>
        <source>The account is saved, but its keys could not be put in the keychain. %1</source>
        <translation>Das Konto ist gespeichert, aber seine Schlüssel konnten nicht im Schlüsselbund abgelegt werden. %1</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>The accounts your tweets go out on.</source>
        <translation>Die Konten, über die Ihre Tweets veröffentlicht werden.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Resume &amp;Posting</source>
        <translation>&amp;Veröffentlichen fortsetzen</translation>
    </message>
    <message>
        <source>You raised the usage cap on X: let this account&apos;s tweets go out again</source>
        <translation>Sie haben das Nutzungslimit bei X erhöht: Tweets dieses Kontos wieder veröffentlichen</translation>
    </message>
    <message>
        <source>Add &amp;Keys…</source>
        <translation>&amp;Schlüssel hinzufügen…</translation>
    </message>
    <message>
        <source>Enter this account&apos;s X keys on this computer</source>
        <translation>X-Schlüssel dieses Kontos auf diesem Computer eingeben</translation>
    </message>
    <message>
        <source>What X billed this account this calendar month, at the prices in Preferences</source>
        <translation>Was X diesem Konto in diesem Kalendermonat berechnet hat, zu den Preisen aus den Einstellungen</translation>
    </message>
    <message>
        <source>%1 — sign in again</source>
        <translation>%1 – erneut anmelden</translation>
    </message>
    <message>
        <source>This computer has no valid sign-in with X for this account (it was never signed in here, or X no longer accepts it). Its tweets are held until you sign in again: Edit… → Sign in with X.</source>
        <translation>Dieser Computer hat für dieses Konto keine gültige Anmeldung bei X (es wurde hier nie angemeldet, oder X akzeptiert die Anmeldung nicht mehr). Seine Tweets werden zurückgehalten, bis Sie sich erneut anmelden: Bearbeiten… → Mit X anmelden.</translation>
    </message>
    <message>
        <source>%1 — keys not on this computer</source>
        <translation>%1 – Schlüssel nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>This account&apos;s X keys are in another computer&apos;s keychain, not in this one&apos;s. Its tweets are posted from a computer that has them; to post from this one, add the keys here.</source>
        <translation>Die X-Schlüssel dieses Kontos befinden sich im Schlüsselbund eines anderen Computers, nicht in dem dieses Computers. Seine Tweets werden von einem Computer veröffentlicht, der sie hat; um von diesem aus zu veröffentlichen, fügen Sie die Schlüssel hier hinzu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This month&apos;s spend could not be read from the database.</source>
        <translation>Die Ausgaben dieses Monats konnten nicht aus der Datenbank gelesen werden.</translation>
    </message>
    <message>
        <source>1 post</source>
        <translation>1 Beitrag</translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>1 read</source>
        <translation>1 Lesezugriff</translation>
    </message>
    <message numerus="yes">
        <source>%n reads</source>
        <translation>
            <numerusform>%n Lesezugriff</numerusform>
            <numerusform>%n Lesezugriffe</numerusform>
        </translation>
    </message>
    <message>
        <source>This month: %1, %2 · %3, %4</source>
        <translation>Diesen Monat: %1, %2 · %3, %4</translation>
    </message>
    <message>
        <source>1 more post</source>
        <translation>1 weiterer Beitrag</translation>
    </message>
    <message numerus="yes">
        <source>%n more posts</source>
        <translation>
            <numerusform>%n weiterer Beitrag</numerusform>
            <numerusform>%n weitere Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 may have been billed (outcome unknown), %2</source>
        <translation> · %1 möglicherweise berechnet (Ergebnis unbekannt), %2</translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation>Erneut &amp;anmelden…</translation>
    </message>
    <message>
        <source>Sign in with X for this account on this computer</source>
        <translation>Für dieses Konto auf diesem Computer mit X anmelden</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>Das Konto „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Account Not Removed</source>
        <translation>Konto nicht entfernt</translation>
    </message>
    <message>
        <source>The account could not be removed. %1</source>
        <translation>Das Konto konnte nicht entfernt werden. %1</translation>
    </message>
    <message>
        <source>Account Archived</source>
        <translation>Konto archiviert</translation>
    </message>
    <message>
        <source>Some tweets were written for this account, so it was archived to keep their record; it no longer shows in the list.</source>
        <translation>Für dieses Konto wurden bereits Tweets verfasst, daher wurde es archiviert, um deren Verlauf zu erhalten; es wird nicht mehr in der Liste angezeigt.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::EpisodeDialog</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The episode&apos;s number in the show, if it has one</source>
        <translation>Die Nummer der Folge in der Sendung, falls sie eine hat</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Veröffentlicht am</translation>
    </message>
    <message>
        <source>https://example.com/episodes/12</source>
        <translation>https://example.com/episodes/12</translation>
    </message>
    <message>
        <source>Enter a web address such as https://example.com/episodes/12.</source>
        <translation>Geben Sie eine Webadresse wie https://example.com/episodes/12 ein.</translation>
    </message>
    <message>
        <source>Guests, topics, anything you want to find again later</source>
        <translation>Gäste, Themen, alles, was Sie später wiederfinden möchten</translation>
    </message>
    <message>
        <source>Use the feed&apos;s value</source>
        <translation>Wert aus dem Feed verwenden</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>New Episode</source>
        <translation>Neue Folge</translation>
    </message>
    <message>
        <source>Edit Episode</source>
        <translation>Folge bearbeiten</translation>
    </message>
    <message>
        <source>Add Episode</source>
        <translation>Folge hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>In the feed: %1</source>
        <translation>Im Feed: %1</translation>
    </message>
    <message>
        <source>In the feed: no number</source>
        <translation>Im Feed: keine Nummer</translation>
    </message>
    <message>
        <source>In the feed: no date</source>
        <translation>Im Feed: kein Datum</translation>
    </message>
    <message>
        <source>In the feed: no link</source>
        <translation>Im Feed: kein Link</translation>
    </message>
    <message>
        <source>With these details, 1 scheduled tweet of this episode would be too long: %1 It will be held, not posted, until it fits.</source>
        <translation>Mit diesen Angaben wäre 1 geplanter Tweet dieser Folge zu lang: %1 Er wird zurückgehalten und nicht veröffentlicht, bis er passt.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Scheduled Tweets Will Be Held</source>
        <translation>Geplante Tweets werden zurückgehalten</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Episode Not Saved</source>
        <translation>Folge nicht gespeichert</translation>
    </message>
    <message>
        <source>The episode could not be saved. %1</source>
        <translation>Die Folge konnte nicht gespeichert werden. %1</translation>
    </message>
    <message numerus="yes">
        <source>With these details, %n scheduled tweets of this episode would be too long: %1 characters after filling in (X allows %2). They will be held, not posted, until they fit.</source>
        <translation>
            <numerusform>Mit diesen Angaben wäre %n geplanter Tweet dieser Folge zu lang: %1 Zeichen nach dem Ausfüllen (X erlaubt %2). Er wird zurückgehalten und nicht veröffentlicht, bis er passt.</numerusform>
            <numerusform>Mit diesen Angaben wären %n geplante Tweets dieser Folge zu lang: %1 Zeichen nach dem Ausfüllen (X erlaubt %2). Sie werden zurückgehalten und nicht veröffentlicht, bis sie passen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::EpisodeListPane</name>
    <message>
        <source>Episodes</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Search titles, notes and tweets</source>
        <translation>Titel, Notizen und Tweets durchsuchen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Search episodes</source>
        <translation>Folgen durchsuchen</translation>
    </message>
    <message>
        <source>Episode Not Found</source>
        <translation>Folge nicht gefunden</translation>
    </message>
    <message>
        <source>Episode added.</source>
        <translation>Folge hinzugefügt.</translation>
    </message>
    <message>
        <source>Episode saved.</source>
        <translation>Folge gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the episode “%1” and its %n tweets?</source>
        <translation>
            <numerusform>Die Folge „%1“ und ihren %n Tweet löschen?</numerusform>
            <numerusform>Die Folge „%1“ und ihre %n Tweets löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the episode “%1”?</source>
        <translation>Die Folge „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete the episode “%1” and its tweet?</source>
        <translation>Die Folge „%1“ und ihren Tweet löschen?</translation>
    </message>
    <message>
        <source>Delete Episode</source>
        <translation>Folge löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Episode Not Deleted</source>
        <translation>Folge nicht gelöscht</translation>
    </message>
    <message>
        <source>The episode could not be deleted. %1</source>
        <translation>Die Folge konnte nicht gelöscht werden. %1</translation>
    </message>
    <message>
        <source>Episode Archived</source>
        <translation>Folge archiviert</translation>
    </message>
    <message>
        <source>Tweets of this episode were already sent to X (or may have been), so the episode was archived to keep the record; it no longer shows in the list.</source>
        <translation>Tweets dieser Folge wurden bereits an X gesendet (oder möglicherweise gesendet), daher wurde die Folge archiviert, um den Verlauf zu erhalten; sie wird nicht mehr in der Liste angezeigt.</translation>
    </message>
    <message>
        <source>Episode deleted. It is still in your show&apos;s feed; refreshing the feed will not bring it back or announce it.</source>
        <translation>Folge gelöscht. Sie ist weiterhin im Feed Ihrer Sendung; beim Aktualisieren des Feeds wird sie weder wiederhergestellt noch angekündigt.</translation>
    </message>
    <message>
        <source>Episode deleted.</source>
        <translation>Folge gelöscht.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::FeedImportDialog</name>
    <message>
        <source>Import from Feed</source>
        <translation>Aus Feed importieren</translation>
    </message>
    <message>
        <source>The address of your show&apos;s RSS feed, as your podcast host shows it. Its episodes are added here, and later refreshes add the new ones; nothing is announced for the episodes already in the feed.</source>
        <translation>Die Adresse des RSS-Feeds Ihrer Sendung, wie Ihr Podcast-Hoster sie anzeigt. Seine Folgen werden hier hinzugefügt, und spätere Aktualisierungen fügen die neuen hinzu; für Folgen, die bereits im Feed sind, wird nichts angekündigt.</translation>
    </message>
    <message>
        <source>https://feeds.example.com/yourshow.xml</source>
        <translation>https://feeds.example.com/yourshow.xml</translation>
    </message>
    <message>
        <source>Feed &amp;address:</source>
        <translation>&amp;Feed-Adresse:</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The feed has not changed since it was last read.</source>
        <translation>Der Feed hat sich seit dem letzten Lesen nicht geändert.</translation>
    </message>
    <message>
        <source>1 episode added</source>
        <translation>1 Folge hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n episodes added</source>
        <translation>
            <numerusform>%n Folge hinzugefügt</numerusform>
            <numerusform>%n Folgen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>1 announcement made</source>
        <translation>1 Ankündigung erstellt</translation>
    </message>
    <message numerus="yes">
        <source>%n announcements made</source>
        <translation>
            <numerusform>%n Ankündigung erstellt</numerusform>
            <numerusform>%n Ankündigungen erstellt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 updated, %3 unchanged, %4 no longer in the feed; %5.</source>
        <translation>%1, %2 aktualisiert, %3 unverändert, %4 nicht mehr im Feed; %5.</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Import wird angehalten…</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The feed could not be imported; nothing was changed.</source>
        <translation>Der Feed konnte nicht importiert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Reading the feed…</source>
        <translation>Feed wird gelesen…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::HistoryDialog</name>
    <message>
        <source>Tweet History</source>
        <translation>Tweet-Verlauf</translation>
    </message>
    <message>
        <source>Attempts to post this tweet, newest first</source>
        <translation>Versuche, diesen Tweet zu veröffentlichen, neueste zuerst</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Post ID</source>
        <translation>Beitrags-ID</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No attempts yet: this tweet has never been sent.</source>
        <translation>Noch keine Versuche: Dieser Tweet wurde noch nie gesendet.</translation>
    </message>
    <message>
        <source>&amp;Open on X</source>
        <translation>Auf X ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Ask X whether the last attempt was published</source>
        <translation>X fragen, ob der letzte Versuch veröffentlicht wurde</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Post it again: the last attempt definitely did not reach X</source>
        <translation>Erneut veröffentlichen: Der letzte Versuch hat X mit Sicherheit nicht erreicht</translation>
    </message>
    <message>
        <source>This tweet no longer exists.</source>
        <translation>Dieser Tweet existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Wie verfasst: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Account: removed account</source>
        <translation>Konto: entferntes Konto</translation>
    </message>
    <message>
        <source>Found on X by Verify after an unclear answer</source>
        <translation>Nach einer unklaren Antwort durch „Prüfen“ auf X gefunden</translation>
    </message>
    <message>
        <source>waiting for X</source>
        <translation>wartet auf X</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no alt text</source>
        <translation>kein Alternativtext</translation>
    </message>
    <message>
        <source>%1, media %2</source>
        <translation>%1, Medien-ID %2</translation>
    </message>
    <message>
        <source>Text sent: %1</source>
        <translation>Gesendeter Text: %1</translation>
    </message>
    <message>
        <source>On the local Sandbox server only, not on X</source>
        <translation>Nur auf dem lokalen Sandbox-Server, nicht auf X</translation>
    </message>
    <message>
        <source>No HTTP answer arrived</source>
        <translation>Keine HTTP-Antwort erhalten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sent with media ids from X:
%1</source>
        <translation>Mit Medien-IDs von X gesendet:
%1</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::ImageStrip</name>
    <message>
        <source>No images. Add up to 4 (or one GIF): choose files, drop them here, paste one (Ctrl+V) or use the episode&apos;s artwork.</source>
        <translation>Keine Bilder. Fügen Sie bis zu 4 hinzu (oder ein GIF): Wählen Sie Dateien aus, ziehen Sie sie hierher, fügen Sie eines ein (Ctrl+V) oder verwenden Sie das Cover-Bild der Folge.</translation>
    </message>
    <message>
        <source>Add &amp;Image…</source>
        <translation>&amp;Bild hinzufügen…</translation>
    </message>
    <message>
        <source>JPEG, PNG, WebP or GIF. An image over X&apos;s 5 MB is re-encoded to fit; the original is kept.</source>
        <translation>JPEG, PNG, WebP oder GIF. Ein Bild über der Grenze von 5 MB bei X wird passend neu kodiert; das Original bleibt erhalten.</translation>
    </message>
    <message>
        <source>Use Episode &amp;Artwork</source>
        <translation>&amp;Cover-Bild der Folge verwenden</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>Add Images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>Eingefügtes Bild.png</translation>
    </message>
    <message>
        <source>Episode artwork</source>
        <translation>Cover-Bild der Folge</translation>
    </message>
    <message>
        <source>“%1” was not added. %2</source>
        <translation>„%1“ wurde nicht hinzugefügt. %2</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” could not be kept with the tweet.</source>
        <translation>„%1“ konnte nicht beim Tweet gespeichert werden.</translation>
    </message>
    <message>
        <source>“%1” is already on this tweet.</source>
        <translation>„%1“ ist bereits in diesem Tweet enthalten.</translation>
    </message>
    <message>
        <source>“%1” was re-encoded as %2 %3×%4 to fit X&apos;s 5 MB; the original is kept.</source>
        <translation>„%1“ wurde als %2 %3×%4 neu kodiert, um die Grenze von 5 MB bei X einzuhalten; das Original bleibt erhalten.</translation>
    </message>
    <message>
        <source>Alt text: what the image shows, for people who cannot see it</source>
        <translation>Alternativtext: Was das Bild zeigt, für Menschen, die es nicht sehen können</translation>
    </message>
    <message>
        <source>X takes up to %1 characters of alt text per image.</source>
        <translation>X erlaubt bis zu %1 Zeichen Alternativtext pro Bild.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Alt text of image %1</source>
        <translation>Alternativtext von Bild %1</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>Bild %1 entfernen</translation>
    </message>
    <message>
        <source>⚠ Sent without alt text.</source>
        <translation>⚠ Ohne Alternativtext gesendet.</translation>
    </message>
    <message>
        <source>⚠ No alt text: people using screen readers will not know what this image shows.</source>
        <translation>⚠ Kein Alternativtext: Menschen, die einen Bildschirmleser verwenden, erfahren nicht, was dieses Bild zeigt.</translation>
    </message>
    <message>
        <source>Re-encoded as %1 %2×%3 to fit X&apos;s 5 MB; the original is kept.</source>
        <translation>Als %1 %2×%3 neu kodiert, um die Grenze von 5 MB bei X einzuhalten; das Original bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <source>No images.</source>
        <translation>Keine Bilder.</translation>
    </message>
    <message>
        <source>Download the episode&apos;s artwork (%1) and add it</source>
        <translation>Cover-Bild der Folge (%1) herunterladen und hinzufügen</translation>
    </message>
    <message>
        <source>This episode has no artwork: its feed names no image for it or for the show.</source>
        <translation>Diese Folge hat kein Artwork: ihr Feed gibt weder für sie noch für die Sendung ein Bild an.</translation>
    </message>
    <message>
        <source>Checking “%1”…</source>
        <translation>„%1“ wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>The alt text of image %1 is too long by %n characters: X takes up to %2.</source>
        <translation>
            <numerusform>Der Alternativtext von Bild %1 ist um %n Zeichen zu lang: X erlaubt bis zu %2.</numerusform>
            <numerusform>Der Alternativtext von Bild %1 ist um %n Zeichen zu lang: X erlaubt bis zu %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n characters: X takes up to %1.</source>
        <translation>
            <numerusform>Um %n Zeichen zu lang: X erlaubt bis zu %1.</numerusform>
            <numerusform>Um %n Zeichen zu lang: X erlaubt bis zu %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::MainWindow</name>
    <message>
        <source>Posting a scheduled tweet…</source>
        <translation>Ein geplanter Tweet wird veröffentlicht…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>E&amp;pisode</source>
        <translation>&amp;Folge</translation>
    </message>
    <message>
        <source>&amp;Tweet</source>
        <translation>&amp;Tweet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Weitere Menüs</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>More toolbar commands</source>
        <translation>Weitere Befehle der Werkzeugleiste</translation>
    </message>
    <message>
        <source>That tweet no longer exists.</source>
        <translation>Dieser Tweet existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That tweet is not in the list.</source>
        <translation>Dieser Tweet ist nicht in der Liste.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>EpisodeDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>EpisodeDesk-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Database Not Opened</source>
        <translation>Datenbank nicht geöffnet</translation>
    </message>
    <message>
        <source>%1

This window still shows %2.</source>
        <translation>%1

Dieses Fenster zeigt weiterhin %2.</translation>
    </message>
    <message>
        <source>Connected to the team database again.</source>
        <translation>Wieder mit der Team-Datenbank verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to the team database… (trying every %n s)</source>
        <translation>
            <numerusform>Verbindung zur Team-Datenbank wird wiederhergestellt… (Versuch alle %n s)</numerusform>
            <numerusform>Verbindung zur Team-Datenbank wird wiederhergestellt… (Versuch alle %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The lists show what was last read from %1. They catch up once it is reachable again.</source>
        <translation>Die Listen zeigen den zuletzt aus %1 gelesenen Stand. Sie werden aktualisiert, sobald die Datenbank wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Posts Still Waiting</source>
        <translation>Beiträge warten noch</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Trotzdem beenden</translation>
    </message>
    <message numerus="yes">
        <source>X has not answered %n posts yet. If you quit now, they show as unknown next time and have to be verified before they can be posted again.</source>
        <translation>
            <numerusform>X hat auf %n Beitrag noch nicht geantwortet. Wenn Sie jetzt beenden, wird er beim nächsten Mal als unbekannt angezeigt und muss geprüft werden, bevor er erneut veröffentlicht werden kann.</numerusform>
            <numerusform>X hat auf %n Beiträge noch nicht geantwortet. Wenn Sie jetzt beenden, werden sie beim nächsten Mal als unbekannt angezeigt und müssen geprüft werden, bevor sie erneut veröffentlicht werden können.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::NextWakeLabel</name>
    <message>
        <source>Scheduled posts are not being sent: %1</source>
        <translation>Geplante Beiträge werden nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Next scheduled post: %1</source>
        <translation>Nächster geplanter Beitrag: %1</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::Notifications</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a removed account</source>
        <translation>ein entferntes Konto</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::PostConfirmDialog</name>
    <message>
        <source>Post to the Sandbox?</source>
        <translation>In der Sandbox veröffentlichen?</translation>
    </message>
    <message>
        <source>Post to X?</source>
        <translation>Auf X veröffentlichen?</translation>
    </message>
    <message>
        <source>This text goes to the Sandbox server inside EpisodeDesk; nothing leaves this computer.</source>
        <translation>Dieser Text geht an den Sandbox-Server in EpisodeDesk; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>This text will be published on X now. A post can&apos;t be taken back from here.</source>
        <translation>Dieser Text wird jetzt auf X veröffentlicht. Ein Beitrag kann von hier aus nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again (turn it back on in the Tweet menu)</source>
        <translation>&amp;Nicht mehr nachfragen (im Menü „Tweet“ wieder einschaltbar)</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>This post costs nothing: it goes to the Sandbox, not to X.</source>
        <translation>Dieser Beitrag kostet nichts: Er geht an die Sandbox, nicht an X.</translation>
    </message>
    <message>
        <source>This post costs %1: it contains a link (X&apos;s prices of %2).</source>
        <translation>Dieser Beitrag kostet %1: Er enthält einen Link (Preise von X, Stand: %2).</translation>
    </message>
    <message>
        <source>This post costs %1: it has no link (X&apos;s prices of %2).</source>
        <translation>Dieser Beitrag kostet %1: Er enthält keinen Link (Preise von X, Stand: %2).</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::PostController</name>
    <message>
        <source>Posting is not available in this window.</source>
        <translation>Veröffentlichen ist in diesem Fenster nicht verfügbar.</translation>
    </message>
    <message>
        <source>Already posted.</source>
        <translation>Bereits veröffentlicht.</translation>
    </message>
    <message>
        <source>Being posted now.</source>
        <translation>Wird gerade veröffentlicht.</translation>
    </message>
    <message>
        <source>Verify it first: the last attempt may have reached X.</source>
        <translation>Prüfen Sie den Tweet zuerst: Der letzte Versuch hat X möglicherweise erreicht.</translation>
    </message>
    <message>
        <source>This tweet is disabled.</source>
        <translation>Dieser Tweet ist deaktiviert.</translation>
    </message>
    <message>
        <source>X&apos;s usage cap stopped posting on this account; resume posting once the cap is raised on X.</source>
        <translation>Das Nutzungslimit von X hat das Veröffentlichen für dieses Konto gestoppt; setzen Sie das Veröffentlichen fort, sobald das Limit bei X erhöht wurde.</translation>
    </message>
    <message>
        <source>Removed account</source>
        <translation>Entferntes Konto</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Being posted now</source>
        <translation>Wird gerade veröffentlicht</translation>
    </message>
    <message>
        <source>Its answer from X shows here when it comes; nothing more was sent.</source>
        <translation>Die Antwort von X wird hier angezeigt, sobald sie eintrifft; es wurde nichts weiter gesendet.</translation>
    </message>
    <message>
        <source>Asking X whether it was published…</source>
        <translation>X wird gefragt, ob der Tweet veröffentlicht wurde…</translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation>Warten auf Ihre Bestätigung…</translation>
    </message>
    <message>
        <source>Posting… waiting for X&apos;s answer.</source>
        <translation>Wird veröffentlicht… Warten auf die Antwort von X.</translation>
    </message>
    <message>
        <source>Resume Posting</source>
        <translation>Veröffentlichen fortsetzen</translation>
    </message>
    <message>
        <source>Did you raise the usage cap on X for “%1”? Then its tweets can go out again: scheduled ones that are due now are posted right away, the others at their time.</source>
        <translation>Haben Sie das Nutzungslimit bei X für „%1“ erhöht? Dann können seine Tweets wieder veröffentlicht werden: Geplante Tweets, die jetzt fällig sind, werden sofort veröffentlicht, die anderen zu ihrem Zeitpunkt.</translation>
    </message>
    <message>
        <source>Posting Not Resumed</source>
        <translation>Veröffentlichen nicht fortgesetzt</translation>
    </message>
    <message>
        <source>The account could not be resumed. %1</source>
        <translation>Das Konto konnte nicht fortgesetzt werden. %1</translation>
    </message>
    <message>
        <source>Posting resumed on %1.</source>
        <translation>Veröffentlichen für %1 fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Grace period in minutes</source>
        <translation>Toleranzzeit in Minuten</translation>
    </message>
    <message>
        <source>When EpisodeDesk was closed or the computer asleep at a tweet&apos;s time, the tweet still goes out if it is at most this late. Later than that it is marked missed and waits for you. Every window and the background scheduler on this database use this setting.</source>
        <translation>Wenn EpisodeDesk zum Zeitpunkt eines Tweets geschlossen war oder der Computer im Ruhezustand war, wird der Tweet trotzdem veröffentlicht, sofern er höchstens um diese Zeitspanne verspätet ist. Bei größerer Verspätung wird er als verpasst markiert und wartet auf Sie. Alle Fenster und der Hintergrund-Planer dieser Datenbank verwenden diese Einstellung.</translation>
    </message>
    <message>
        <source>Scheduled posts</source>
        <translation>Geplante Beiträge</translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation>&amp;Toleranzzeit:</translation>
    </message>
    <message>
        <source>&amp;Ask before posting (show the exact text and account first)</source>
        <translation>&amp;Vor dem Veröffentlichen nachfragen (zuerst genauen Text und Konto anzeigen)</translation>
    </message>
    <message>
        <source>Post now</source>
        <translation>Jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>What X charges</source>
        <translation>Was X berechnet</translation>
    </message>
    <message>
        <source>0.015</source>
        <translation>0.015</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>&amp;Beitrag:</translation>
    </message>
    <message>
        <source>Price of a post in US dollars</source>
        <translation>Preis eines Beitrags in US-Dollar</translation>
    </message>
    <message>
        <source>Post with a &amp;link:</source>
        <translation>Beitrag mit Lin&amp;k:</translation>
    </message>
    <message>
        <source>Price of a post with a link in US dollars</source>
        <translation>Preis eines Beitrags mit Link in US-Dollar</translation>
    </message>
    <message>
        <source>&amp;Read, per post:</source>
        <translation>&amp;Lesen, pro Beitrag:</translation>
    </message>
    <message>
        <source>Price of reading a post in US dollars</source>
        <translation>Preis für das Lesen eines Beitrags in US-Dollar</translation>
    </message>
    <message>
        <source>Read of the account&apos;s &amp;own posts:</source>
        <translation>Lesen &amp;eigener Beiträge des Kontos:</translation>
    </message>
    <message>
        <source>Price of reading one of the account&apos;s own posts in US dollars</source>
        <translation>Preis für das Lesen eines eigenen Beitrags des Kontos in US-Dollar</translation>
    </message>
    <message>
        <source>Read on &amp;X&apos;s page on:</source>
        <translation>Auf der Seite von &amp;X abgelesen am:</translation>
    </message>
    <message>
        <source>X bills every post; EpisodeDesk also reads the account&apos;s posts to verify one whose outcome is unknown. Prices change: check &lt;a href=&quot;%1&quot;&gt;X&apos;s pricing page&lt;/a&gt; and enter what it says.</source>
        <translation>X berechnet jeden Beitrag; EpisodeDesk liest außerdem die Beiträge des Kontos, um einen Beitrag mit unbekanntem Ergebnis zu prüfen. Die Preise ändern sich: Sehen Sie auf der &lt;a href=&quot;%1&quot;&gt;Preisseite von X&lt;/a&gt; nach und geben Sie die dort genannten Werte ein.</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>X&apos;s prices of 2026, as EpisodeDesk shipped them</source>
        <translation>Die Preise von X aus dem Jahr 2026, wie sie mit EpisodeDesk ausgeliefert wurden</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Enter each price as an amount in US dollars, such as 0.015, up to %1. Not an amount: %2.</source>
        <translation>Geben Sie jeden Preis als Betrag in US-Dollar mit Punkt als Dezimaltrennzeichen ein, etwa 0.015, höchstens %1. Kein gültiger Betrag: %2.</translation>
    </message>
    <message>
        <source>The preferences could not be saved. %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden. %1</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::RescheduleDialog</name>
    <message>
        <source>Reschedule Tweet</source>
        <translation>Tweet neu planen</translation>
    </message>
    <message>
        <source>Schedule Tweet</source>
        <translation>Tweet planen</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>Neuer Zeitpunkt</translation>
    </message>
    <message>
        <source>In your time zone, %1.</source>
        <translation>In Ihrer Zeitzone, %1.</translation>
    </message>
    <message>
        <source>Tweet:</source>
        <translation>Tweet:</translation>
    </message>
    <message>
        <source>Was due:</source>
        <translation>Ursprünglich fällig:</translation>
    </message>
    <message>
        <source>&amp;New time:</source>
        <translation>&amp;Neuer Zeitpunkt:</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Neu planen</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>Pick a time in the future.</source>
        <translation>Wählen Sie einen Zeitpunkt in der Zukunft.</translation>
    </message>
    <message>
        <source>Not Rescheduled</source>
        <translation>Nicht neu geplant</translation>
    </message>
    <message>
        <source>The new time could not be saved. %1</source>
        <translation>Der neue Zeitpunkt konnte nicht gespeichert werden. %1</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::ScheduleNotifier</name>
    <message>
        <source>Scheduled tweet posted</source>
        <translation>Geplanter Tweet veröffentlicht</translation>
    </message>
    <message>
        <source>On %1, to the local Sandbox server only (not X): “%2”</source>
        <translation>Auf %1, nur auf dem lokalen Sandbox-Server (nicht auf X): „%2“</translation>
    </message>
    <message>
        <source>On %1: “%2”</source>
        <translation>Auf %1: „%2“</translation>
    </message>
    <message>
        <source>Scheduled tweet not posted</source>
        <translation>Geplanter Tweet nicht veröffentlicht</translation>
    </message>
    <message>
        <source>“%1” on %2: %3</source>
        <translation>„%1“ auf %2: %3</translation>
    </message>
    <message>
        <source>EpisodeDesk tries again at %1.</source>
        <translation>EpisodeDesk versucht es um %1 erneut.</translation>
    </message>
    <message>
        <source>Open it to retry.</source>
        <translation>Öffnen Sie ihn, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Scheduled tweet: outcome unknown</source>
        <translation>Geplanter Tweet: Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>X may have published “%1” on %2. Verify it before it is sent again.</source>
        <translation>X hat „%1“ auf %2 möglicherweise veröffentlicht. Prüfen Sie das, bevor der Tweet erneut gesendet wird.</translation>
    </message>
    <message>
        <source>Scheduled tweet not sent</source>
        <translation>Geplanter Tweet nicht gesendet</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Scheduled tweet missed</source>
        <translation>Geplanter Tweet verpasst</translation>
    </message>
    <message>
        <source>“%1” on %2 was due %3 and was not posted late. Post it now or reschedule it.</source>
        <translation>„%1“ auf %2 war für %3 geplant und wurde nicht verspätet veröffentlicht. Veröffentlichen Sie ihn jetzt oder planen Sie ihn neu.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 were not posted late. Post them now or reschedule them.</source>
        <translation>%1 wurden nicht verspätet veröffentlicht. Veröffentlichen Sie sie jetzt oder planen Sie sie neu.</translation>
    </message>
    <message>
        <source>Posting stopped on %1</source>
        <translation>Veröffentlichen auf %1 gestoppt</translation>
    </message>
    <message>
        <source>X&apos;s usage cap is reached, so scheduled tweets wait. Raise the cap on X, then choose Resume posting in EpisodeDesk.</source>
        <translation>Das Nutzungslimit von X ist erreicht, daher warten geplante Tweets. Erhöhen Sie das Limit bei X und wählen Sie dann in EpisodeDesk „Veröffentlichen fortsetzen“.</translation>
    </message>
    <message>
        <source>X said: %1 %2</source>
        <translation>X meldete: %1 %2</translation>
    </message>
    <message>
        <source>Scheduled tweet held</source>
        <translation>Geplanter Tweet zurückgehalten</translation>
    </message>
    <message>
        <source>“%1” on %2 is not posted until you change it: %3</source>
        <translation>„%1“ auf %2 wird erst veröffentlicht, wenn Sie ihn ändern: %3</translation>
    </message>
    <message>
        <source>Tweet %1</source>
        <translation>Tweet %1</translation>
    </message>
    <message>
        <source>its account</source>
        <translation>sein Konto</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled tweets missed</source>
        <translation>
            <numerusform>%n geplanter Tweet verpasst</numerusform>
            <numerusform>%n geplante Tweets verpasst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::SignInSection</name>
    <message>
        <source>Sign in with X</source>
        <translation>Mit X anmelden</translation>
    </message>
    <message>
        <source>From your app&apos;s “Keys and tokens” page on developer.x.com</source>
        <translation>Von der Seite „Keys and tokens“ Ihrer App auf developer.x.com</translation>
    </message>
    <message>
        <source>The OAuth 2.0 Client ID of your X app. It is not a secret; EpisodeDesk keeps it with the account.</source>
        <translation>Die OAuth-2.0-Client-ID Ihrer X-App. Sie ist nicht geheim; EpisodeDesk speichert sie zusammen mit dem Konto.</translation>
    </message>
    <message>
        <source>In your X app&apos;s User authentication settings choose “Native App” and add these callback addresses: %1. Then sign in here; your browser opens X&apos;s page.</source>
        <translation>Wählen Sie in den „User authentication settings“ Ihrer X-App „Native App“ und fügen Sie diese Callback-Adressen hinzu: %1. Melden Sie sich dann hier an; Ihr Browser öffnet die Seite von X.</translation>
    </message>
    <message>
        <source>Sign in with &amp;X…</source>
        <translation>Mit &amp;X anmelden…</translation>
    </message>
    <message>
        <source>Stop Waiting</source>
        <translation>Warten beenden</translation>
    </message>
    <message>
        <source>Address of X&apos;s sign-in page</source>
        <translation>Adresse der Anmeldeseite von X</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Waiting for X… Approve EpisodeDesk in your browser, then come back here.</source>
        <translation>Warten auf X… Erlauben Sie EpisodeDesk den Zugriff in Ihrem Browser und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>Your browser did not open. Open this address in it to sign in:</source>
        <translation>Ihr Browser wurde nicht geöffnet. Öffnen Sie diese Adresse darin, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Signed in as @%1. Save the account to keep the sign-in in this computer&apos;s keychain.</source>
        <translation>Angemeldet als @%1. Speichern Sie das Konto, um die Anmeldung im Schlüsselbund dieses Computers zu behalten.</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Anmeldung wird gestartet…</translation>
    </message>
    <message>
        <source>Sign in &amp;Again…</source>
        <translation>Erneut &amp;anmelden…</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::TeamDatabaseDialog</name>
    <message>
        <source>Open Team Database</source>
        <translation>Team-Datenbank öffnen</translation>
    </message>
    <message>
        <source>A team database lives on a PostgreSQL server that everyone on the show can reach. Ask whoever set it up for these details.</source>
        <translation>Eine Team-Datenbank liegt auf einem PostgreSQL-Server, den alle Beteiligten der Sendung erreichen können. Fragen Sie die Person, die sie eingerichtet hat, nach diesen Angaben.</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>myshow</source>
        <translation>meinesendung</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>Ihr Benutzername auf dem Server</translation>
    </message>
    <message>
        <source>sslmode=require</source>
        <translation>sslmode=require</translation>
    </message>
    <message>
        <source>libpq connection options, such as sslmode=require, separated by &amp;</source>
        <translation>libpq-Verbindungsoptionen, etwa sslmode=require, getrennt durch &amp;</translation>
    </message>
    <message>
        <source>Optional: kept in this computer&apos;s keychain</source>
        <translation>Optional: wird im Schlüsselbund dieses Computers gespeichert</translation>
    </message>
    <message>
        <source>Leave empty when ~/.pgpass has it, or when the keychain already keeps it</source>
        <translation>Leer lassen, wenn ~/.pgpass es enthält oder der Schlüsselbund es bereits gespeichert hat</translation>
    </message>
    <message>
        <source>The same database on the command line: episodedesk --db ADDRESS</source>
        <translation>Dieselbe Datenbank auf der Befehlszeile: episodedesk --db ADDRESS</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Optionen:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Enter the server and the database.</source>
        <translation>Geben Sie den Server und die Datenbank ein.</translation>
    </message>
    <message>
        <source>A password does not belong in the options, where it would end up in the address. Enter it in the Password field (kept in this computer&apos;s keychain) or in ~/.pgpass.</source>
        <translation>Ein Passwort gehört nicht in die Optionen, sonst landet es in der Adresse. Geben Sie es im Feld „Passwort“ ein (wird im Schlüsselbund dieses Computers gespeichert) oder in ~/.pgpass.</translation>
    </message>
    <message>
        <source>Write each option as name=value, such as sslmode=require.</source>
        <translation>Schreiben Sie jede Option als name=wert, etwa sslmode=require.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Password Not Kept</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <source>The team database is open, but this computer&apos;s keychain did not keep its password, so it will be asked for again next time. %1</source>
        <translation>Die Team-Datenbank ist geöffnet, aber der Schlüsselbund dieses Computers hat ihr Passwort nicht gespeichert; es wird daher beim nächsten Mal erneut abgefragt. %1</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::TemplateDialog</name>
    <message>
        <source>New Announcement</source>
        <translation>Neue Ankündigung</translation>
    </message>
    <message>
        <source>Each new episode a feed refresh finds gets one tweet with this text.</source>
        <translation>Jede neue Folge, die eine Feed-Aktualisierung findet, erhält einen Tweet mit diesem Text.</translation>
    </message>
    <message>
        <source>For example: New episode {number}: {title} {url}</source>
        <translation>Zum Beispiel: Neue Folge {number}: {title} {url}</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Counted the way X counts, with the placeholders filled in for the episode shown in the preview. Another episode&apos;s title may be longer.</source>
        <translation>So gezählt, wie X zählt, mit den Platzhaltern ausgefüllt für die in der Vorschau gezeigte Folge. Der Titel einer anderen Folge kann länger sein.</translation>
    </message>
    <message>
        <source>Preview: the text as it would be posted for this episode</source>
        <translation>Vorschau: der Text, wie er für diese Folge veröffentlicht würde</translation>
    </message>
    <message>
        <source>Episode %1: %2</source>
        <translation>Folge %1: %2</translation>
    </message>
    <message>
        <source>Filled in for “%1”.</source>
        <translation>Ausgefüllt für „%1“.</translation>
    </message>
    <message>
        <source>&amp;Scheduled</source>
        <translation>&amp;Geplant</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes after the publication time (negative: before)</source>
        <translation>Minuten nach dem Veröffentlichungszeitpunkt (negativ: davor)</translation>
    </message>
    <message>
        <source>after publication</source>
        <translation>nach der Veröffentlichung</translation>
    </message>
    <message>
        <source>&amp;Left pending for me to review and post</source>
        <translation>&amp;Ausstehend lassen, um ihn selbst zu prüfen und zu veröffentlichen</translation>
    </message>
    <message>
        <source>A tweet whose time is already past when its episode is found is left pending too: EpisodeDesk never posts late unasked.</source>
        <translation>Ein Tweet, dessen Zeitpunkt bereits verstrichen ist, wenn seine Folge gefunden wird, bleibt ebenfalls ausstehend: EpisodeDesk veröffentlicht nie ungefragt verspätet.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>As posted:</source>
        <translation>Wie veröffentlicht:</translation>
    </message>
    <message>
        <source>Posted:</source>
        <translation>Veröffentlicht:</translation>
    </message>
    <message>
        <source>Add Announcement</source>
        <translation>Ankündigung hinzufügen</translation>
    </message>
    <message>
        <source>Your next episode</source>
        <translation>Ihre nächste Folge</translation>
    </message>
    <message>
        <source>Announcement Not Added</source>
        <translation>Ankündigung nicht hinzugefügt</translation>
    </message>
    <message>
        <source>For this episode it is %1 characters, more than X&apos;s %2: a tweet that does not fit is held, not posted.</source>
        <translation>Für diese Folge sind es %1 Zeichen, mehr als die %2 von X: Ein Tweet, der nicht passt, wird zurückgehalten und nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>%1 is not a placeholder EpisodeDesk knows; it would be posted as typed.</source>
        <translation>%1 ist kein Platzhalter, den EpisodeDesk kennt; er würde so veröffentlicht, wie er eingegeben wurde.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::TemplatesDialog</name>
    <message>
        <source>Announcements</source>
        <translation>Ankündigungen</translation>
    </message>
    <message>
        <source>When a feed refresh finds a new episode, each announcement below becomes one tweet of it. Episodes already in the feed when it was imported are never announced.</source>
        <translation>Wenn eine Feed-Aktualisierung eine neue Folge findet, wird aus jeder der folgenden Ankündigungen ein Tweet für diese Folge. Folgen, die beim Import bereits im Feed waren, werden nie angekündigt.</translation>
    </message>
    <message>
        <source>No announcements yet. Add one to have new episodes announce themselves.</source>
        <translation>Noch keine Ankündigungen. Fügen Sie eine hinzu, damit neue Folgen automatisch angekündigt werden.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>left pending for review</source>
        <translation>bleibt zur Prüfung ausstehend</translation>
    </message>
    <message>
        <source>at the episode&apos;s publication time</source>
        <translation>zum Veröffentlichungszeitpunkt der Folge</translation>
    </message>
    <message numerus="yes">
        <source>%n min after the episode&apos;s publication time</source>
        <translation>
            <numerusform>%n Min. nach dem Veröffentlichungszeitpunkt der Folge</numerusform>
            <numerusform>%n Min. nach dem Veröffentlichungszeitpunkt der Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min before the episode&apos;s publication time</source>
        <translation>
            <numerusform>%n Min. vor dem Veröffentlichungszeitpunkt der Folge</numerusform>
            <numerusform>%n Min. vor dem Veröffentlichungszeitpunkt der Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>The announcements could not be read from the database.</source>
        <translation>Die Ankündigungen konnten nicht aus der Datenbank gelesen werden.</translation>
    </message>
    <message>
        <source>Removed account</source>
        <translation>Entferntes Konto</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>An announcement is posted on one of your accounts: add an account first.</source>
        <translation>Eine Ankündigung wird auf einem Ihrer Konten veröffentlicht: Fügen Sie zuerst ein Konto hinzu.</translation>
    </message>
    <message>
        <source>Remove Announcement</source>
        <translation>Ankündigung entfernen</translation>
    </message>
    <message>
        <source>Stop announcing new episodes with “%1”? The tweets it already made stay as they are.</source>
        <translation>Neue Folgen nicht mehr mit „%1“ ankündigen? Die bereits damit erstellten Tweets bleiben unverändert.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::TweetDialog</name>
    <message>
        <source>Episode %1: %2</source>
        <translation>Folge %1: %2</translation>
    </message>
    <message>
        <source>Episode: %1</source>
        <translation>Folge: %1</translation>
    </message>
    <message>
        <source>For example: New episode {number}: {title} {url}</source>
        <translation>Zum Beispiel: Neue Folge {number}: {title} {url}</translation>
    </message>
    <message>
        <source>Counted the way X counts: every link as 23 characters, most emoji and Chinese, Japanese or Korean characters as 2. Placeholders such as {title} count as what they will be replaced with.</source>
        <translation>So gezählt, wie X zählt: jeder Link als 23 Zeichen, die meisten Emojis sowie chinesische, japanische oder koreanische Schriftzeichen als 2. Platzhalter wie {title} zählen so viel wie der Text, durch den sie ersetzt werden.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Preview: the text as it will be posted</source>
        <translation>Vorschau: der Text, wie er veröffentlicht wird</translation>
    </message>
    <message>
        <source>The text as it will be posted shows here, with {title}, {url}, … filled in.</source>
        <translation>Hier erscheint der Text, wie er veröffentlicht wird, mit {title}, {url}, … ausgefüllt.</translation>
    </message>
    <message>
        <source>Post at a set time:</source>
        <translation>Zu einem festen Zeitpunkt veröffentlichen:</translation>
    </message>
    <message>
        <source>Times are in your time zone, %1.</source>
        <translation>Die Zeiten gelten in Ihrer Zeitzone, %1.</translation>
    </message>
    <message>
        <source>&amp;Enabled — uncheck to keep this tweet from being posted</source>
        <translation>&amp;Aktiviert – abwählen, damit dieser Tweet nicht veröffentlicht wird</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>As posted:</source>
        <translation>Wie veröffentlicht:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>This tweet was posted on %1, so it can no longer be changed.</source>
        <translation>Dieser Tweet wurde am %1 veröffentlicht und kann daher nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;See it on X&lt;/a&gt;.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Auf X ansehen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>This tweet is being posted right now, so it can&apos;t be changed.</source>
        <translation>Dieser Tweet wird gerade veröffentlicht und kann daher nicht geändert werden.</translation>
    </message>
    <message>
        <source>EpisodeDesk can&apos;t tell yet whether this tweet reached X. So that it is never posted twice, it can&apos;t be changed until that has been checked.</source>
        <translation>EpisodeDesk kann noch nicht feststellen, ob dieser Tweet X erreicht hat. Damit er niemals doppelt veröffentlicht wird, kann er erst geändert werden, wenn das geprüft wurde.</translation>
    </message>
    <message>
        <source>New Tweet</source>
        <translation>Neuer Tweet</translation>
    </message>
    <message>
        <source>Edit Tweet</source>
        <translation>Tweet bearbeiten</translation>
    </message>
    <message>
        <source>Add Tweet</source>
        <translation>Tweet hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Removed account</source>
        <translation>Entferntes Konto</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>View Tweet</source>
        <translation>Tweet ansehen</translation>
    </message>
    <message>
        <source>Too long by 1 character.</source>
        <translation>1 Zeichen zu lang.</translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n characters.</source>
        <translation>
            <numerusform>%n Zeichen zu lang.</numerusform>
            <numerusform>%n Zeichen zu lang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved like this, it is held at its time: not posted until it fits.</source>
        <translation>So gespeichert, wird er zu seinem Zeitpunkt zurückgehalten: Er wird erst veröffentlicht, wenn er passt.</translation>
    </message>
    <message>
        <source>X would refuse this text: it contains a character X does not accept.</source>
        <translation>X würde diesen Text ablehnen: Er enthält ein Zeichen, das X nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1 is not a placeholder EpisodeDesk knows; it would be posted as typed.</source>
        <translation>%1 ist kein Platzhalter, den EpisodeDesk kennt; er würde so veröffentlicht, wie er eingegeben wurde.</translation>
    </message>
    <message>
        <source>%1 is empty because the episode does not have it yet.</source>
        <translation>%1 ist leer, weil die Folge diese Angabe noch nicht hat.</translation>
    </message>
    <message>
        <source>Save a Tweet That Will Be Held?</source>
        <translation>Einen Tweet speichern, der zurückgehalten wird?</translation>
    </message>
    <message>
        <source>%1

Saved like this, the scheduled tweet is not posted at its time: EpisodeDesk holds it until you shorten it or the episode&apos;s details.</source>
        <translation>%1

So gespeichert, wird der geplante Tweet nicht zu seinem Zeitpunkt veröffentlicht: EpisodeDesk hält ihn zurück, bis Sie ihn oder die Angaben der Folge kürzen.</translation>
    </message>
    <message>
        <source>Save and Hold</source>
        <translation>Speichern und zurückhalten</translation>
    </message>
    <message>
        <source>Tweet Not Saved</source>
        <translation>Tweet nicht gespeichert</translation>
    </message>
    <message>
        <source>The tweet could not be saved. %1</source>
        <translation>Der Tweet konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Insert a placeholder that is filled in with the episode&apos;s details when posting</source>
        <translation>Einen Platzhalter einfügen, der beim Veröffentlichen mit den Angaben der Folge ausgefüllt wird</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::TweetEditor</name>
    <message>
        <source>No Account Yet</source>
        <translation>Noch kein Konto</translation>
    </message>
    <message>
        <source>A tweet goes out on an account. Add the account first, then the tweet.</source>
        <translation>Ein Tweet wird über ein Konto veröffentlicht. Fügen Sie zuerst das Konto hinzu, dann den Tweet.</translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Tweet Not Found</source>
        <translation>Tweet nicht gefunden</translation>
    </message>
    <message>
        <source>Its text was saved, but not its images. %1</source>
        <translation>Sein Text wurde gespeichert, seine Bilder jedoch nicht. %1</translation>
    </message>
    <message>
        <source>Tweet added.</source>
        <translation>Tweet hinzugefügt.</translation>
    </message>
    <message>
        <source>Tweet saved.</source>
        <translation>Tweet gespeichert.</translation>
    </message>
    <message>
        <source>Delete Tweet</source>
        <translation>Tweet löschen</translation>
    </message>
    <message>
        <source>Delete this tweet?

“%1”</source>
        <translation>Diesen Tweet löschen?

„%1“</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Tweet Not Deleted</source>
        <translation>Tweet nicht gelöscht</translation>
    </message>
    <message>
        <source>The tweet could not be deleted. %1</source>
        <translation>Der Tweet konnte nicht gelöscht werden. %1</translation>
    </message>
    <message>
        <source>Tweet Archived</source>
        <translation>Tweet archiviert</translation>
    </message>
    <message>
        <source>This tweet was already posted, so it was archived to keep the record; it no longer shows in the list.</source>
        <translation>Dieser Tweet wurde bereits veröffentlicht und wurde daher archiviert, damit der Nachweis erhalten bleibt; er wird nicht mehr in der Liste angezeigt.</translation>
    </message>
    <message>
        <source>This tweet was already sent to X once (or may have been), so it was archived to keep the record; it no longer shows in the list.</source>
        <translation>Dieser Tweet wurde bereits einmal an X gesendet (oder möglicherweise gesendet) und wurde daher archiviert, damit der Nachweis erhalten bleibt; er wird nicht mehr in der Liste angezeigt.</translation>
    </message>
    <message>
        <source>Tweet deleted.</source>
        <translation>Tweet gelöscht.</translation>
    </message>
    <message>
        <source>Rescheduled for %1.</source>
        <translation>Neu geplant für %1.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::TweetPane</name>
    <message>
        <source>What X said about this account&apos;s posts with its last answer. X allows a number of posts per 15 minutes and per 24 hours.</source>
        <translation>Was X mit seiner letzten Antwort über die Beiträge dieses Kontos gemeldet hat. X erlaubt eine bestimmte Anzahl von Beiträgen pro 15 Minuten und pro 24 Stunden.</translation>
    </message>
    <message>
        <source>Tweets of the selected episode</source>
        <translation>Tweets der ausgewählten Folge</translation>
    </message>
    <message>
        <source>Show only the tweets in one state</source>
        <translation>Nur die Tweets mit einem bestimmten Status anzeigen</translation>
    </message>
    <message>
        <source>Show tweets in state</source>
        <translation>Tweets mit Status anzeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Open on X</source>
        <translation>Auf X öffnen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Neu planen…</translation>
    </message>
    <message>
        <source>Post Now</source>
        <translation>Jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>Neu &amp;planen…</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Planen…</translation>
    </message>
    <message>
        <source>View T&amp;weet…</source>
        <translation>T&amp;weet ansehen…</translation>
    </message>
    <message>
        <source>Edit T&amp;weet…</source>
        <translation>T&amp;weet bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Retry Post</source>
        <translation>&amp;Erneut veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Post Now</source>
        <translation>&amp;Jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry post</source>
        <translation>Veröffentlichen erneut versuchen</translation>
    </message>
    <message>
        <source>Post now</source>
        <translation>Jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>Waiting for the answer about this tweet</source>
        <translation>Warten auf die Antwort zu diesem Tweet</translation>
    </message>
    <message>
        <source>Select a tweet to post</source>
        <translation>Wählen Sie einen Tweet zum Veröffentlichen aus</translation>
    </message>
    <message>
        <source>Publish this tweet on its account now (%1)</source>
        <translation>Diesen Tweet jetzt auf seinem Konto veröffentlichen (%1)</translation>
    </message>
    <message>
        <source>Image %1: no alt text</source>
        <translation>Bild %1: kein Alternativtext</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <source>Select a tweet to post it (%1), verify it or see its history.</source>
        <translation>Wählen Sie einen Tweet aus, um ihn zu veröffentlichen (%1), zu prüfen oder seinen Verlauf anzusehen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tweets — select an episode to see its tweets</source>
        <translation>Tweets – wählen Sie eine Folge aus, um ihre Tweets zu sehen</translation>
    </message>
    <message>
        <source>Tweets for “%1” — none yet. Add one with New Tweet (%2).</source>
        <translation>Tweets für „%1“ – noch keine. Fügen Sie einen mit „Neuer Tweet“ (%2) hinzu.</translation>
    </message>
    <message>
        <source>Tweets for “%1”</source>
        <translation>Tweets für „%1“</translation>
    </message>
    <message>
        <source>Sandbox Post</source>
        <translation>Sandbox-Beitrag</translation>
    </message>
    <message>
        <source>This tweet went to the local Sandbox server inside EpisodeDesk (post %1) and exists only there. Nothing was published on X, so there is no page to open.</source>
        <translation>Dieser Tweet ging an den lokalen Sandbox-Server in EpisodeDesk (Beitrag %1) und existiert nur dort. Auf X wurde nichts veröffentlicht, daher gibt es keine Seite zum Öffnen.</translation>
    </message>
    <message>
        <source>No Address</source>
        <translation>Keine Adresse</translation>
    </message>
    <message>
        <source>X did not give an address for this post.</source>
        <translation>X hat für diesen Beitrag keine Adresse angegeben.</translation>
    </message>
    <message>
        <source>Could Not Open the Post</source>
        <translation>Beitrag konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No web browser could be started. The post is at %1</source>
        <translation>Es konnte kein Webbrowser gestartet werden. Der Beitrag befindet sich unter %1</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::WelcomePage</name>
    <message>
        <source>Welcome to EpisodeDesk</source>
        <translation>Willkommen bei EpisodeDesk</translation>
    </message>
    <message>
        <source>Keep your show&apos;s episodes and the tweets that announce them in one place. EpisodeDesk posts each tweet at most once, when you say so or at the time you choose.</source>
        <translation>Verwalten Sie die Folgen Ihrer Sendung und die Tweets, die sie ankündigen, an einem Ort. EpisodeDesk veröffentlicht jeden Tweet höchstens einmal – wenn Sie es sagen oder zu dem Zeitpunkt, den Sie wählen.</translation>
    </message>
    <message>
        <source>1. Import your show from its RSS feed: its episodes come in, ready for the tweets that announce them.</source>
        <translation>1. Importieren Sie Ihre Sendung aus ihrem RSS-Feed: Ihre Folgen werden übernommen, bereit für die Tweets, die sie ankündigen.</translation>
    </message>
    <message>
        <source>Import from Feed…</source>
        <translation>Aus Feed importieren…</translation>
    </message>
    <message>
        <source>3. Or add an episode by hand, then write the tweets that announce it.</source>
        <translation>3. Oder fügen Sie eine Folge von Hand hinzu und schreiben Sie dann die Tweets, die sie ankündigen.</translation>
    </message>
    <message>
        <source>Add Episode…</source>
        <translation>Folge hinzufügen…</translation>
    </message>
    <message>
        <source>2. Add the X account your show posts from — or a Sandbox account, to try everything without posting anywhere.</source>
        <translation>2. Fügen Sie das X-Konto hinzu, über das Ihre Sendung veröffentlicht – oder ein Sandbox-Konto, um alles auszuprobieren, ohne irgendwo zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>2. ✓ Ready to post on: %1.</source>
        <translation>2. ✓ Bereit zum Veröffentlichen auf: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Manage Accounts…</source>
        <translation>Konten verwalten…</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::WindowActions</name>
    <message>
        <source>&amp;New Episode…</source>
        <translation>&amp;Neue Folge…</translation>
    </message>
    <message>
        <source>Add an episode of your show</source>
        <translation>Eine Folge Ihrer Sendung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit Episode…</source>
        <translation>Folge &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected episode</source>
        <translation>Die ausgewählte Folge ändern</translation>
    </message>
    <message>
        <source>&amp;Delete Episode</source>
        <translation>Folge &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected episode</source>
        <translation>Die ausgewählte Folge löschen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search episode titles, notes and tweet texts</source>
        <translation>Folgentitel, Notizen und Tweet-Texte durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Add or change the accounts tweets go out on</source>
        <translation>Die Konten hinzufügen oder ändern, über die Tweets veröffentlicht werden</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Open another show&apos;s database file</source>
        <translation>Die Datenbankdatei einer anderen Sendung öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
        <translation>&amp;Team-Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Open a show&apos;s database on a PostgreSQL server that your team shares</source>
        <translation>Die Datenbank einer Sendung auf einem PostgreSQL-Server öffnen, den Ihr Team gemeinsam nutzt</translation>
    </message>
    <message>
        <source>&amp;Import from Feed…</source>
        <translation>Aus Feed &amp;importieren…</translation>
    </message>
    <message>
        <source>Add your show&apos;s episodes from its RSS feed</source>
        <translation>Die Folgen Ihrer Sendung aus ihrem RSS-Feed hinzufügen</translation>
    </message>
    <message>
        <source>A&amp;nnouncements…</source>
        <translation>A&amp;nkündigungen…</translation>
    </message>
    <message>
        <source>The tweets every new episode of the feed gets by itself</source>
        <translation>Die Tweets, die jede neue Folge des Feeds automatisch erhält</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Forget the list of databases opened lately</source>
        <translation>Die Liste der zuletzt geöffneten Datenbanken löschen</translation>
    </message>
    <message>
        <source>&amp;About EpisodeDesk</source>
        <translation>&amp;Über EpisodeDesk</translation>
    </message>
    <message>
        <source>What EpisodeDesk is and which version this is</source>
        <translation>Was EpisodeDesk ist und um welche Version es sich handelt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close EpisodeDesk</source>
        <translation>EpisodeDesk schließen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The grace period of scheduled posts, and whether to ask before posting</source>
        <translation>Die Toleranzzeit geplanter Beiträge und ob vor dem Veröffentlichen nachgefragt wird</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read everything from the database again</source>
        <translation>Alles erneut aus der Datenbank lesen</translation>
    </message>
    <message>
        <source>New &amp;Tweet…</source>
        <translation>Neuer &amp;Tweet…</translation>
    </message>
    <message>
        <source>Write a tweet announcing the selected episode</source>
        <translation>Einen Tweet schreiben, der die ausgewählte Folge ankündigt</translation>
    </message>
    <message>
        <source>Edit T&amp;weet…</source>
        <translation>T&amp;weet bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected tweet</source>
        <translation>Den ausgewählten Tweet ändern</translation>
    </message>
    <message>
        <source>De&amp;lete Tweet</source>
        <translation>Tweet &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected tweet</source>
        <translation>Den ausgewählten Tweet löschen</translation>
    </message>
    <message>
        <source>&amp;Post Now</source>
        <translation>&amp;Jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>Publish the selected tweet on its account now</source>
        <translation>Den ausgewählten Tweet jetzt auf seinem Konto veröffentlichen</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>Neu &amp;planen…</translation>
    </message>
    <message>
        <source>Give the selected tweet a new time</source>
        <translation>Dem ausgewählten Tweet einen neuen Zeitpunkt geben</translation>
    </message>
    <message>
        <source>Res&amp;ume Posting on This Account…</source>
        <translation>Veröffentlichen auf diesem Konto fo&amp;rtsetzen…</translation>
    </message>
    <message>
        <source>You raised the usage cap on X: let this account&apos;s tweets go out again</source>
        <translation>Sie haben das Nutzungslimit bei X erhöht: Tweets dieses Kontos wieder veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Ask X whether an unknown attempt was published</source>
        <translation>Bei X nachfragen, ob ein Versuch mit unbekanntem Ergebnis veröffentlicht wurde</translation>
    </message>
    <message>
        <source>&amp;Open on X</source>
        <translation>Auf X ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the posted tweet in your browser</source>
        <translation>Den veröffentlichten Tweet in Ihrem Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Every attempt to post the selected tweet, and what came of it</source>
        <translation>Jeder Versuch, den ausgewählten Tweet zu veröffentlichen, und was daraus wurde</translation>
    </message>
    <message>
        <source>&amp;Ask Before Posting</source>
        <translation>Vor dem Veröffentlichen n&amp;achfragen</translation>
    </message>
    <message>
        <source>Show the exact text and account before each post</source>
        <translation>Vor jedem Beitrag den genauen Text und das Konto anzeigen</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::WindowDialogs</name>
    <message>
        <source>Account saved.</source>
        <translation>Konto gespeichert.</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Keeps your podcast&apos;s episodes and the tweets that announce them, and posts each tweet to X at most once.&lt;/p&gt;&lt;p&gt;Sandbox accounts post only to a test server inside EpisodeDesk: nothing leaves this computer.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Database: %3&lt;br&gt;Built with Qt %4. Licensed under the GNU GPL, version 3 or later.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Verwaltet die Folgen Ihres Podcasts und die Tweets, die sie ankündigen, und veröffentlicht jeden Tweet höchstens einmal auf X.&lt;/p&gt;&lt;p&gt;Sandbox-Konten veröffentlichen nur auf einem Testserver in EpisodeDesk: Nichts verlässt diesen Computer.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Datenbank: %3&lt;br&gt;Erstellt mit Qt %4. Lizenziert unter der GNU GPL, Version 3 oder neuer.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>The address returned a web page, not a feed. Copy the show&apos;s RSS feed address from your podcast host (it often ends in /feed, /rss or .xml).</source>
        <translation>Die Adresse lieferte eine Webseite, keinen Feed. Kopieren Sie die RSS-Feed-Adresse der Sendung von Ihrem Podcast-Hoster (sie endet oft auf /feed, /rss oder .xml).</translation>
    </message>
    <message>
        <source>The address returned RSS without a &lt;channel&gt;: it is not a podcast feed.</source>
        <translation>Die Adresse lieferte RSS ohne &lt;channel&gt;: Das ist kein Podcast-Feed.</translation>
    </message>
    <message>
        <source>The feed declares its own XML entities, which podcast feeds never need; it was not read (entities can make a small file expand to gigabytes).</source>
        <translation>Der Feed deklariert eigene XML-Entitäten, die Podcast-Feeds nie benötigen; er wurde nicht gelesen (Entitäten können eine kleine Datei auf Gigabytes anwachsen lassen).</translation>
    </message>
    <message>
        <source>The address returned an Atom feed. Podcast apps read RSS: use the show&apos;s RSS feed address (your host shows it as &quot;RSS feed&quot;).</source>
        <translation>Die Adresse lieferte einen Atom-Feed. Podcast-Apps lesen RSS: Verwenden Sie die RSS-Feed-Adresse der Sendung (Ihr Hoster zeigt sie als „RSS-Feed“ an).</translation>
    </message>
    <message>
        <source>The address returned an XML document that is not an RSS feed (it starts with &lt;%1&gt;).</source>
        <translation>Die Adresse lieferte ein XML-Dokument, das kein RSS-Feed ist (es beginnt mit &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The feed is not valid XML at line %1, column %2: %3</source>
        <translation>Der Feed ist kein gültiges XML in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Episode of %1</source>
        <translation>Folge von %1</translation>
    </message>
    <message>
        <source>Untitled episode</source>
        <translation>Folge ohne Titel</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with neither a guid nor an enclosure were skipped: nothing identifies them from one refresh to the next.</source>
        <translation>
            <numerusform>%n Eintrag ohne guid und ohne Mediendatei wurde übersprungen: Nichts identifiziert ihn von einer Aktualisierung zur nächsten.</numerusform>
            <numerusform>%n Einträge ohne guid und ohne Mediendatei wurden übersprungen: Nichts identifiziert sie von einer Aktualisierung zur nächsten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) repeat the guid of an earlier one and were skipped (first: %1).</source>
        <translation>
            <numerusform>%n Eintrag wiederholt die guid eines früheren und wurde übersprungen (erster: %1).</numerusform>
            <numerusform>%n Einträge wiederholen die guid eines früheren und wurden übersprungen (erster: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no title; they are named after their audio file.</source>
        <translation>
            <numerusform>%n Eintrag hat keinen Titel; er wird nach seiner Audiodatei benannt.</numerusform>
            <numerusform>%n Einträge haben keinen Titel; sie werden nach ihrer Audiodatei benannt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have a publication date that could not be read; it was left empty.</source>
        <translation>
            <numerusform>%n Eintrag hat ein Veröffentlichungsdatum, das nicht gelesen werden konnte; es wurde leer gelassen.</numerusform>
            <numerusform>%n Einträge haben ein Veröffentlichungsdatum, das nicht gelesen werden konnte; es wurde leer gelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address returned nothing: an empty document is not a feed.</source>
        <translation>Die Adresse lieferte nichts: Ein leeres Dokument ist kein Feed.</translation>
    </message>
    <message>
        <source>The address returned something that is not a feed (it does not start like XML).</source>
        <translation>Die Adresse lieferte etwas, das kein Feed ist (es beginnt nicht wie XML).</translation>
    </message>
</context>
<context>
    <name>FeedStore</name>
    <message>
        <source>The database is busy with another write; the feed was not applied. Try again in a moment.</source>
        <translation>Die Datenbank ist mit einem anderen Schreibvorgang beschäftigt; der Feed wurde nicht übernommen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation>In die Datenbank kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The feed could not be saved (nothing was changed): %1</source>
        <translation>Der Feed konnte nicht gespeichert werden (nichts wurde geändert): %1</translation>
    </message>
    <message>
        <source>This show already follows the feed %1. EpisodeDesk follows one feed per show: refresh that one, or use another database for this show.</source>
        <translation>Diese Sendung folgt bereits dem Feed %1. EpisodeDesk folgt einem Feed pro Sendung: Aktualisieren Sie diesen oder verwenden Sie für diese Sendung eine andere Datenbank.</translation>
    </message>
    <message>
        <source>This show has no feed yet: import it first (File → Import from Feed…, or episodedesk feed import URL).</source>
        <translation>Diese Sendung hat noch keinen Feed: Importieren Sie ihn zuerst (Datei → Aus Feed importieren… oder episodedesk feed import URL).</translation>
    </message>
    <message>
        <source>The feed no longer lists %1 of the %2 episodes EpisodeDesk knows by their guid, and lists %3 new ones instead: the host has probably changed every episode&apos;s guid. Nothing was changed. If these are the same episodes, refresh matching them by their audio file (--match-by enclosure) or by title (--match-by title); nothing will be announced for episodes matched that way.</source>
        <translation>Der Feed listet %1 der %2 Folgen, die EpisodeDesk anhand ihrer guid kennt, nicht mehr auf und stattdessen %3 neue: Der Hoster hat vermutlich die guid jeder Folge geändert. Es wurde nichts geändert. Wenn es sich um dieselben Folgen handelt, aktualisieren Sie mit Zuordnung über die Audiodatei (--match-by enclosure) oder über den Titel (--match-by title); für so zugeordnete Folgen wird nichts angekündigt.</translation>
    </message>
</context>
<context>
    <name>FeedUpdate</name>
    <message>
        <source>The feed has moved permanently to %1; EpisodeDesk follows it there now.</source>
        <translation>Der Feed ist dauerhaft nach %1 umgezogen; EpisodeDesk folgt ihm jetzt dort.</translation>
    </message>
    <message>
        <source>The show announced a new feed address, %1; EpisodeDesk follows it there now.</source>
        <translation>Die Sendung hat eine neue Feed-Adresse angekündigt, %1; EpisodeDesk folgt ihr jetzt dort.</translation>
    </message>
    <message>
        <source>The show announces a new feed address, %1, but no feed could be read there (%2). EpisodeDesk stays with the current address.</source>
        <translation>Die Sendung kündigt eine neue Feed-Adresse an, %1, aber dort konnte kein Feed gelesen werden (%2). EpisodeDesk bleibt bei der aktuellen Adresse.</translation>
    </message>
    <message>
        <source>This show has no feed yet: import it first (File → Import from Feed…, or episodedesk feed import URL).</source>
        <translation>Diese Sendung hat noch keinen Feed: Importieren Sie ihn zuerst (Datei → Aus Feed importieren… oder episodedesk feed import URL).</translation>
    </message>
</context>
<context>
    <name>ImagePrep</name>
    <message>
        <source>The image</source>
        <translation>Das Bild</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is not an image EpisodeDesk can read.</source>
        <translation>%1 ist kein Bild, das EpisodeDesk lesen kann.</translation>
    </message>
    <message>
        <source>%1 is a %2 image; X takes JPEG, PNG, WebP and GIF.</source>
        <translation>%1 ist ein Bild im Format %2; X akzeptiert JPEG, PNG, WebP und GIF.</translation>
    </message>
    <message>
        <source>%1 is cut short (the file ends before the image does). Copy or download it again.</source>
        <translation>%1 ist abgeschnitten (die Datei endet vor dem Bild). Kopieren oder laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: it may be damaged. Open it in an image editor and save it again.</source>
        <translation>%1 kann nicht als Bild gelesen werden: Es ist möglicherweise beschädigt. Öffnen Sie es in einem Bildbearbeitungsprogramm und speichern Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is a GIF of %2; X takes GIFs up to %3.</source>
        <translation>%1 ist ein GIF mit %2; X akzeptiert GIFs bis %3.</translation>
    </message>
    <message>
        <source>%1 (%2) is larger than X takes, and could not be made smaller.</source>
        <translation>%1 (%2) ist größer, als X akzeptiert, und konnte nicht verkleinert werden.</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>“%1” is %2; EpisodeDesk takes images up to %3.</source>
        <translation>„%1“ ist %2 groß; EpisodeDesk akzeptiert Bilder bis %3.</translation>
    </message>
    <message>
        <source>Could not read all of “%1”.</source>
        <translation>„%1“ konnte nicht vollständig gelesen werden.</translation>
    </message>
</context>
<context>
    <name>MediaBlobs</name>
    <message>
        <source>The image changed while it was being stored; nothing was kept.</source>
        <translation>Das Bild wurde während des Speicherns geändert; es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>This database has no folder to keep images in.</source>
        <translation>Diese Datenbank hat keinen Ordner, in dem Bilder gespeichert werden können.</translation>
    </message>
    <message>
        <source>Could not create the folder for images, %1.</source>
        <translation>Der Ordner für Bilder, %1, konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not save the image in %1 (is the disk full?).</source>
        <translation>Das Bild konnte nicht in %1 gespeichert werden (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <source>The image is missing from the team database.</source>
        <translation>Das Bild fehlt in der Team-Datenbank.</translation>
    </message>
    <message>
        <source>The image %1 is missing from %2.</source>
        <translation>Das Bild %1 fehlt in %2.</translation>
    </message>
    <message>
        <source>The image %1 was changed or damaged on disk.</source>
        <translation>Das Bild %1 wurde auf dem Datenträger geändert oder beschädigt.</translation>
    </message>
    <message>
        <source>The image %1 was changed or damaged in the team database.</source>
        <translation>Das Bild %1 wurde in der Team-Datenbank geändert oder beschädigt.</translation>
    </message>
</context>
<context>
    <name>MediaStore</name>
    <message>
        <source>The image %1 is not in this database.</source>
        <translation>Das Bild %1 ist nicht in dieser Datenbank.</translation>
    </message>
    <message>
        <source>Image %1 (%2) is missing from the team database; add it again or remove it.</source>
        <translation>Bild %1 (%2) fehlt in der Team-Datenbank; fügen Sie es erneut hinzu oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>Image %1 (%2) is missing from the media folder; add it again or remove it.</source>
        <translation>Bild %1 (%2) fehlt im Medienordner; fügen Sie es erneut hinzu oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>Image %1 (%2) was changed or damaged since it was added; add it again or remove it.</source>
        <translation>Bild %1 (%2) wurde seit dem Hinzufügen geändert oder beschädigt; fügen Sie es erneut hinzu oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>“%1” could not be kept with the tweet: %2</source>
        <translation>„%1“ konnte nicht mit dem Tweet gespeichert werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be kept with the tweet: the database could not be opened a second time.</source>
        <translation>„%1“ konnte nicht mit dem Tweet gespeichert werden: Die Datenbank konnte kein zweites Mal geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>MediaUploader</name>
    <message>
        <source>Image %1 could not be uploaded to X, so nothing was posted: %2</source>
        <translation>Bild %1 konnte nicht zu X hochgeladen werden, daher wurde nichts veröffentlicht: %2</translation>
    </message>
    <message>
        <source>X did not take the alt text of image %1, so nothing was posted: %2</source>
        <translation>X hat den Alternativtext von Bild %1 nicht akzeptiert, daher wurde nichts veröffentlicht: %2</translation>
    </message>
</context>
<context>
    <name>PostingNotes</name>
    <message>
        <source>Open on X</source>
        <translation>Auf X öffnen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Resume posting</source>
        <translation>Veröffentlichen fortsetzen</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>Posted just now, to the local Sandbox server only</source>
        <translation>Gerade eben veröffentlicht, nur auf dem lokalen Sandbox-Server</translation>
    </message>
    <message>
        <source>Posted just now</source>
        <translation>Gerade eben veröffentlicht</translation>
    </message>
    <message>
        <source>Not posted: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>X may have published it (%1). Nothing more is sent until it is verified.</source>
        <translation>X hat ihn möglicherweise veröffentlicht (%1). Bis das geprüft ist, wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Already posted</source>
        <translation>Bereits veröffentlicht</translation>
    </message>
    <message>
        <source>Already posted %1</source>
        <translation>Bereits veröffentlicht (%1)</translation>
    </message>
    <message>
        <source>%1, to the local Sandbox server only</source>
        <translation>%1, nur auf dem lokalen Sandbox-Server</translation>
    </message>
    <message>
        <source>Being posted from another window</source>
        <translation>Wird aus einem anderen Fenster veröffentlicht</translation>
    </message>
    <message>
        <source>Its answer from X shows here when it comes; nothing more was sent from this one.</source>
        <translation>Die Antwort von X erscheint hier, sobald sie eintrifft; aus diesem Fenster wurde nichts weiter gesendet.</translation>
    </message>
    <message>
        <source>The last attempt may have reached X. Nothing is sent again until it is verified.</source>
        <translation>Der letzte Versuch hat X möglicherweise erreicht. Bis das geprüft ist, wird nichts erneut gesendet.</translation>
    </message>
    <message>
        <source>Waiting for X&apos;s limit — resumes %1</source>
        <translation>Warten auf das Limit von X – Fortsetzung um %1</translation>
    </message>
    <message>
        <source>Waiting for X&apos;s limit</source>
        <translation>Warten auf das Limit von X</translation>
    </message>
    <message>
        <source>Nothing was sent. X allows a limited number of posts per account in a period.</source>
        <translation>Es wurde nichts gesendet. X erlaubt pro Konto nur eine begrenzte Anzahl von Beiträgen in einem Zeitraum.</translation>
    </message>
    <message>
        <source>Not sent: the images changed while they were uploading. Post it again.</source>
        <translation>Nicht gesendet: Die Bilder haben sich während des Hochladens geändert. Veröffentlichen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Not sent: the database is busy (another window or process is writing). Try again in a moment.</source>
        <translation>Nicht gesendet: Die Datenbank ist beschäftigt (ein anderes Fenster oder ein anderer Prozess schreibt). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Held: an image of this tweet is missing</source>
        <translation>Zurückgehalten: Ein Bild dieses Tweets fehlt</translation>
    </message>
    <message>
        <source>Not sent: X did not take the images</source>
        <translation>Nicht gesendet: X hat die Bilder nicht akzeptiert</translation>
    </message>
    <message>
        <source>Not sent: this tweet is disabled.</source>
        <translation>Nicht gesendet: Dieser Tweet ist deaktiviert.</translation>
    </message>
    <message>
        <source>This tweet no longer exists.</source>
        <translation>Dieser Tweet existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Not sent from this computer: it cannot use this account&apos;s X keys</source>
        <translation>Nicht von diesem Computer gesendet: Er kann die X-Schlüssel dieses Kontos nicht verwenden</translation>
    </message>
    <message>
        <source>Verified: it is on the local Sandbox server (not on X)</source>
        <translation>Geprüft: Er ist auf dem lokalen Sandbox-Server (nicht auf X)</translation>
    </message>
    <message>
        <source>Verified: it is on X</source>
        <translation>Geprüft: Er ist auf X</translation>
    </message>
    <message>
        <source>Verified not published — it is safe to post it again</source>
        <translation>Geprüft: nicht veröffentlicht – er kann gefahrlos erneut veröffentlicht werden</translation>
    </message>
    <message>
        <source>Still unknown</source>
        <translation>Weiterhin unbekannt</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Ready to post.</source>
        <translation>Bereit zum Veröffentlichen.</translation>
    </message>
    <message>
        <source>Not posted yet; it is tried again automatically at %1.</source>
        <translation>Noch nicht veröffentlicht; um %1 wird es automatisch erneut versucht.</translation>
    </message>
    <message>
        <source>Not posted yet; it will be tried again automatically.</source>
        <translation>Noch nicht veröffentlicht; es wird automatisch erneut versucht.</translation>
    </message>
    <message>
        <source>X allows a limited number of posts per account in a period. It goes out when the limit resets, even if that is past its time.</source>
        <translation>X erlaubt pro Konto nur eine begrenzte Anzahl von Beiträgen in einem Zeitraum. Der Tweet wird gesendet, sobald das Limit zurückgesetzt wird, auch wenn sein Zeitpunkt dann bereits verstrichen ist.</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>Geplant für %1.</translation>
    </message>
    <message>
        <source>Waiting to be posted automatically.</source>
        <translation>Wartet auf die automatische Veröffentlichung.</translation>
    </message>
    <message>
        <source>Missed its time (%1); it is not posted late unasked. Post it now or reschedule it.</source>
        <translation>Zeitpunkt verpasst (%1); er wird nicht ungefragt verspätet veröffentlicht. Veröffentlichen Sie ihn jetzt oder planen Sie ihn neu.</translation>
    </message>
    <message>
        <source>Posting… waiting for X&apos;s answer.</source>
        <translation>Wird veröffentlicht… Warten auf die Antwort von X.</translation>
    </message>
    <message>
        <source>Posted to the local Sandbox server only</source>
        <translation>Nur auf dem lokalen Sandbox-Server veröffentlicht</translation>
    </message>
    <message>
        <source>Posted %1, to the local Sandbox server only</source>
        <translation>Veröffentlicht %1, nur auf dem lokalen Sandbox-Server</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Posted %1</source>
        <translation>Veröffentlicht %1</translation>
    </message>
    <message>
        <source>Not posted.</source>
        <translation>Nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Disabled: it is not posted until you enable it again.</source>
        <translation>Deaktiviert: Er wird erst veröffentlicht, wenn Sie ihn wieder aktivieren.</translation>
    </message>
    <message>
        <source>Held: it can&apos;t be sent as it stands, and is not posted until you change the tweet, its episode or its account.</source>
        <translation>Zurückgehalten: Er kann so nicht gesendet werden und wird erst veröffentlicht, wenn Sie den Tweet, seine Folge oder sein Konto ändern.</translation>
    </message>
    <message>
        <source>Posting stopped on this account: X&apos;s usage cap is reached</source>
        <translation>Veröffentlichen auf diesem Konto gestoppt: Das Nutzungslimit von X ist erreicht</translation>
    </message>
    <message>
        <source>Nothing more goes out on it until you raise the cap on X and resume posting here.</source>
        <translation>Über dieses Konto wird nichts mehr gesendet, bis Sie das Limit bei X erhöhen und das Veröffentlichen hier fortsetzen.</translation>
    </message>
    <message>
        <source>X said: %1 %2</source>
        <translation>X meldete: %1 %2</translation>
    </message>
    <message>
        <source>Posting stopped: X&apos;s usage cap is reached</source>
        <translation>Veröffentlichen gestoppt: Das Nutzungslimit von X ist erreicht</translation>
    </message>
    <message>
        <source>X paused posting until %1</source>
        <translation>X hat das Veröffentlichen bis %1 ausgesetzt</translation>
    </message>
    <message>
        <source>15-minute window</source>
        <translation>15-Minuten-Fenster</translation>
    </message>
    <message>
        <source>15-minute limit renewed at %1</source>
        <translation>15-Minuten-Limit um %1 erneuert</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>24-hour limit renewed at %1</source>
        <translation>24-Stunden-Limit um %1 erneuert</translation>
    </message>
    <message>
        <source>Posts left: unknown until the first post (X tells with each answer)</source>
        <translation>Verbleibende Beiträge: unbekannt bis zum ersten Beitrag (X meldet sie mit jeder Antwort)</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 — as of %2</source>
        <translation>%1 – Stand: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n posts left until %1 (%2)</source>
        <translation>
            <numerusform>Noch %n Beitrag bis %1 (%2)</numerusform>
            <numerusform>Noch %n Beiträge bis %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts left (%1)</source>
        <translation>
            <numerusform>Noch %n Beitrag (%1)</numerusform>
            <numerusform>Noch %n Beiträge (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The Sandbox server could not start: %1</source>
        <translation>Der Sandbox-Server konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This tweet is %1 and can no longer be edited.</source>
        <translation>Dieser Tweet hat den Status „%1“ und kann nicht mehr bearbeitet werden.</translation>
    </message>
    <message>
        <source>There is no tweet %1.</source>
        <translation>Es gibt keinen Tweet %1.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>There is no episode %1.</source>
        <translation>Es gibt keine Folge %1.</translation>
    </message>
    <message>
        <source>Tweet %1 of this episode is being posted right now and may already be on X. Wait until it is settled, then delete the episode.</source>
        <translation>Tweet %1 dieser Folge wird gerade veröffentlicht und ist möglicherweise bereits auf X. Warten Sie, bis das geklärt ist, und löschen Sie dann die Folge.</translation>
    </message>
    <message>
        <source>Tweet %1 of this episode may be on X: its outcome is unknown. Verify it first, then delete the episode.</source>
        <translation>Tweet %1 dieser Folge ist möglicherweise auf X: Sein Ergebnis ist unbekannt. Prüfen Sie ihn zuerst und löschen Sie dann die Folge.</translation>
    </message>
    <message>
        <source>Prices must be between $0 and $%1, with the date they were read.</source>
        <translation>Preise müssen zwischen 0 und %1 US-Dollar liegen und das Datum angeben, an dem sie abgelesen wurden.</translation>
    </message>
    <message>
        <source>The database is busy (another window or process is writing). Please try again.</source>
        <translation>Die Datenbank ist beschäftigt (ein anderes Fenster oder ein anderer Prozess schreibt). Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>Die Datenbank hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The database stopped part way through reading: %1</source>
        <translation>Die Datenbank hat mitten beim Lesen abgebrochen: %1</translation>
    </message>
    <message>
        <source>This tweet is being posted right now and may already be on X. Wait until it is settled, then delete it.</source>
        <translation>Dieser Tweet wird gerade veröffentlicht und ist möglicherweise bereits auf X. Warten Sie, bis das geklärt ist, und löschen Sie ihn dann.</translation>
    </message>
    <message>
        <source>This tweet may be on X: its outcome is unknown. Verify it first, then delete it.</source>
        <translation>Dieser Tweet ist möglicherweise auf X: Sein Ergebnis ist unbekannt. Prüfen Sie ihn zuerst und löschen Sie ihn dann.</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>A template needs a text.</source>
        <translation>Eine Vorlage benötigt einen Text.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>There is no template %1.</source>
        <translation>Es gibt keine Vorlage %1.</translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <source>The sandbox storage %1 is locked by another process.</source>
        <translation>Der Sandbox-Speicher %1 ist von einem anderen Prozess gesperrt.</translation>
    </message>
</context>
<context>
    <name>TweetImage</name>
    <message>
        <source>%1 %2×%3, %4</source>
        <translation>%1 %2×%3, %4</translation>
    </message>
    <message>
        <source>X takes at most %1 images on a post; this one has %2.</source>
        <translation>X akzeptiert höchstens %1 Bilder pro Beitrag; dieser hat %2.</translation>
    </message>
    <message>
        <source>X takes a GIF only on its own: a post has one GIF or up to %1 other images.</source>
        <translation>X akzeptiert ein GIF nur allein: Ein Beitrag enthält ein GIF oder bis zu %1 andere Bilder.</translation>
    </message>
    <message>
        <source>The alt text of image %1 has %2 characters; X takes up to %3.</source>
        <translation>Der Alternativtext von Bild %1 hat %2 Zeichen; X akzeptiert bis zu %3.</translation>
    </message>
</context>
<context>
    <name>TweetImageStore</name>
    <message>
        <source>Image %1 (%2) is no longer stored; add it again.</source>
        <translation>Bild %1 (%2) ist nicht mehr gespeichert; fügen Sie es erneut hinzu.</translation>
    </message>
</context>
<context>
    <name>TweetStatus</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>wird veröffentlicht</translation>
    </message>
</context>
<context>
    <name>TweetTemplate</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>The episode&apos;s title</source>
        <translation>Der Titel der Folge</translation>
    </message>
    <message>
        <source>The episode&apos;s number</source>
        <translation>Die Nummer der Folge</translation>
    </message>
    <message>
        <source>The episode&apos;s number (same as {number})</source>
        <translation>Die Nummer der Folge (wie {number})</translation>
    </message>
    <message>
        <source>The episode&apos;s link</source>
        <translation>Der Link der Folge</translation>
    </message>
    <message>
        <source>The episode&apos;s publication date, as 2024-05-31</source>
        <translation>Das Veröffentlichungsdatum der Folge, im Format 2024-05-31</translation>
    </message>
    <message>
        <source>The episode&apos;s season number</source>
        <translation>Die Staffelnummer der Folge</translation>
    </message>
    <message>
        <source>The first sentence of the episode&apos;s description</source>
        <translation>Der erste Satz der Beschreibung der Folge</translation>
    </message>
    <message>
        <source>The episode&apos;s length, as 42 min or 1 h 05 min</source>
        <translation>Die Länge der Folge, etwa 42 Min. oder 1 Std. 05 Min.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keeps your podcast&apos;s episodes and posts their announcement tweets to X, each at most once. Run &apos;episodedesk help&apos; for the command line.</source>
        <translation>Verwaltet die Folgen Ihres Podcasts und veröffentlicht ihre Ankündigungs-Tweets auf X, jeden höchstens einmal. Führen Sie „episodedesk help“ aus, um Hilfe zur Befehlszeile zu erhalten.</translation>
    </message>
    <message>
        <source>Open this database: a file, or a team database&apos;s postgresql:// address.</source>
        <translation>Diese Datenbank öffnen: eine Datei oder die postgresql://-Adresse einer Team-Datenbank.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Open the demo show (its own database, a Sandbox account).</source>
        <translation>Die Demo-Sendung öffnen (eigene Datenbank, ein Sandbox-Konto).</translation>
    </message>
    <message>
        <source>EpisodeDesk cannot open the last database</source>
        <translation>EpisodeDesk kann die zuletzt verwendete Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>%1

EpisodeDesk opens your own database instead; File → Open Recent lists the other one.</source>
        <translation>%1

EpisodeDesk öffnet stattdessen Ihre eigene Datenbank; unter Datei → Zuletzt geöffnet finden Sie die andere.</translation>
    </message>
    <message>
        <source>EpisodeDesk cannot open its database</source>
        <translation>EpisodeDesk kann seine Datenbank nicht öffnen</translation>
    </message>
</context>
</TS>
