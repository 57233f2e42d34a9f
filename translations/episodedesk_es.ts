<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DatabasePasswords</name>
    <message>
        <source>No password is kept for this team database on this computer.</source>
        <translation>No hay ninguna contraseña guardada para esta base de datos del equipo en este ordenador.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Sandbox (try it here)</source>
        <translation>Sandbox (para hacer pruebas)</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::App::Application</name>
    <message>
        <source>The current database stays open.</source>
        <translation>La base de datos actual sigue abierta.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::App::Commands</name>
    <message>
        <source>--db needs a database: a file name or a postgresql:// address.</source>
        <translation>--db necesita una base de datos: un nombre de archivo o una dirección postgresql://.</translation>
    </message>
    <message>
        <source>Cannot read the keys from standard input.</source>
        <translation>No se pueden leer las claves de la entrada estándar.</translation>
    </message>
    <message>
        <source>Standard input must be a JSON object with consumer_key, consumer_secret, access_token and access_token_secret.</source>
        <translation>La entrada estándar debe ser un objeto JSON con consumer_key, consumer_secret, access_token y access_token_secret.</translation>
    </message>
    <message>
        <source>Adds an X account by signing in with X (OAuth 2.0 with PKCE) in the browser. Prints the address of X&apos;s sign-in page on a line of its own, waits up to 5 minutes for X to send the browser back, and prints the new account&apos;s id as its last line. The tokens go to the system keychain only.</source>
        <translation>Añade una cuenta de X iniciando sesión con X (OAuth 2.0 con PKCE) en el navegador. Muestra la dirección de la página de inicio de sesión de X en una línea aparte, espera hasta 5 minutos a que X devuelva el navegador y muestra el id de la nueva cuenta como última línea. Los tokens se guardan solo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Account name shown in EpisodeDesk.</source>
        <translation>Nombre de la cuenta que se muestra en EpisodeDesk.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The Client ID of your X app (a Native App; it is not a secret).</source>
        <translation>El Client ID de su aplicación de X (una «Native App»; no es secreto).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>API address (default https://api.x.com).</source>
        <translation>Dirección de la API (predeterminada: https://api.x.com).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>X&apos;s sign-in page (default https://x.com/i/oauth2/authorize).</source>
        <translation>Página de inicio de sesión de X (predeterminada: https://x.com/i/oauth2/authorize).</translation>
    </message>
    <message>
        <source>The port of the callback address registered in your X app (default: the first free one of 8765, 8766, 8767).</source>
        <translation>El puerto de la dirección de retorno registrada en su aplicación de X (predeterminado: el primero libre de 8765, 8766 y 8767).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Only print the address; do not open a browser.</source>
        <translation>Solo mostrar la dirección; no abrir ningún navegador.</translation>
    </message>
    <message>
        <source>accounts signin needs --name and --client-id.</source>
        <translation>accounts signin necesita --name y --client-id.</translation>
    </message>
    <message>
        <source>The API and sign-in addresses must be https:// addresses (or http:// on this computer).</source>
        <translation>Las direcciones de la API y de inicio de sesión deben ser direcciones https:// (o http:// en este ordenador).</translation>
    </message>
    <message>
        <source>--port must be a port number (1 to 65535).</source>
        <translation>--port debe ser un número de puerto (de 1 a 65535).</translation>
    </message>
    <message>
        <source>Could not open a browser: open the address above yourself.</source>
        <translation>No se pudo abrir un navegador: abra usted mismo la dirección anterior.</translation>
    </message>
    <message>
        <source>The sign-in worked, but the keychain refused to keep it (%1), so no account was added. Sign in again once the keychain works.</source>
        <translation>El inicio de sesión funcionó, pero el llavero se negó a guardarlo (%1), así que no se añadió ninguna cuenta. Vuelva a iniciar sesión cuando el llavero funcione.</translation>
    </message>
    <message>
        <source>Signed in as @%1.</source>
        <translation>Sesión iniciada como @%1.</translation>
    </message>
    <message>
        <source>Adds an X account. Its four keys are read as a JSON object from standard input and stored in the system keychain only.</source>
        <translation>Añade una cuenta de X. Sus cuatro claves se leen como un objeto JSON de la entrada estándar y se guardan solo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Post to the local Sandbox server only.</source>
        <translation>Publicar solo en el servidor Sandbox local.</translation>
    </message>
    <message>
        <source>API address, e.g. https://api.x.com.</source>
        <translation>Dirección de la API, p. ej. https://api.x.com.</translation>
    </message>
    <message>
        <source>The account&apos;s @handle, for links to its posts.</source>
        <translation>El @nombre de usuario de la cuenta, para los enlaces a sus publicaciones.</translation>
    </message>
    <message>
        <source>HANDLE</source>
        <translation>HANDLE</translation>
    </message>
    <message>
        <source>accounts add needs --name and exactly one of --sandbox or --api-base.</source>
        <translation>accounts add necesita --name y exactamente una de las opciones --sandbox o --api-base.</translation>
    </message>
    <message>
        <source>The API address must be an https:// address (or http:// on this computer).</source>
        <translation>La dirección de la API debe ser una dirección https:// (o http:// en este ordenador).</translation>
    </message>
    <message>
        <source>Lists the accounts (never their keys).</source>
        <translation>Lista las cuentas (nunca sus claves).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar en formato JSON.</translation>
    </message>
    <message>
        <source>sign in again</source>
        <translation>volver a iniciar sesión</translation>
    </message>
    <message>
        <source>completion needs a shell: bash, zsh or fish.</source>
        <translation>completion necesita un intérprete de órdenes: bash, zsh o fish.</translation>
    </message>
    <message>
        <source>Shows what X charges per post and per read, as entered in Preferences or with `prices set`, and the day the prices were read on X&apos;s pricing page.</source>
        <translation>Muestra lo que cobra X por publicación y por lectura, tal como se introdujo en Preferencias o con `prices set`, y el día en que se consultaron los precios en la página de precios de X.</translation>
    </message>
    <message>
        <source>Print JSON (money in micro-dollars).</source>
        <translation>Mostrar en formato JSON (importes en microdólares).</translation>
    </message>
    <message>
        <source>prices takes no arguments; to change them use `prices set`.</source>
        <translation>prices no admite argumentos; para cambiar los precios, use `prices set`.</translation>
    </message>
    <message>
        <source>Create a post: %1</source>
        <translation>Crear una publicación: %1</translation>
    </message>
    <message>
        <source>Create a post with a link: %1</source>
        <translation>Crear una publicación con enlace: %1</translation>
    </message>
    <message>
        <source>Read a post: %1</source>
        <translation>Leer una publicación: %1</translation>
    </message>
    <message>
        <source>Read a post of the account&apos;s own timeline: %1</source>
        <translation>Leer una publicación de la cronología de la propia cuenta: %1</translation>
    </message>
    <message>
        <source>Read on X&apos;s pricing page on %1</source>
        <translation>Consultados en la página de precios de X el %1</translation>
    </message>
    <message>
        <source>Changes what X charges, as read on X&apos;s pricing page (https://developer.x.com/#pricing). Prices are in US dollars, e.g. 0.015; what is not given stays.</source>
        <translation>Cambia lo que cobra X, según la página de precios de X (https://developer.x.com/#pricing). Los precios se indican en dólares estadounidenses, p. ej. 0.015; lo que no se indique se mantiene.</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>The day you read them on X&apos;s pricing page (default: today).</source>
        <translation>El día en que se consultaron en la página de precios de X (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>prices set takes only options, e.g. --create 0.015.</source>
        <translation>prices set solo admite opciones, p. ej. --create 0.015.</translation>
    </message>
    <message>
        <source>--%1 needs a price in US dollars from 0 to %2, such as 0.015.</source>
        <translation>--%1 necesita un precio en dólares estadounidenses de 0 a %2, como 0.015.</translation>
    </message>
    <message>
        <source>--read-on needs a date such as 2026-03-15.</source>
        <translation>--read-on necesita una fecha como 2026-03-15.</translation>
    </message>
    <message>
        <source>prices set needs at least one of --create, --create-with-link, --read, --owned-read, --read-on.</source>
        <translation>prices set necesita al menos una de estas opciones: --create, --create-with-link, --read, --owned-read, --read-on.</translation>
    </message>
    <message>
        <source>Shows, per account, the posts and reads X billed in a calendar month (local time) at the prices of `prices`, and the posts whose outcome is unknown, which X may have billed.</source>
        <translation>Muestra, por cuenta, las publicaciones y lecturas que X facturó en un mes natural (hora local) a los precios de `prices`, y las publicaciones de resultado desconocido, que X puede haber facturado.</translation>
    </message>
    <message>
        <source>The month (default: this one).</source>
        <translation>El mes (predeterminado: el actual).</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Only this account.</source>
        <translation>Solo esta cuenta.</translation>
    </message>
    <message>
        <source>--month needs a month such as 2026-03.</source>
        <translation>--month necesita un mes como 2026-03.</translation>
    </message>
    <message>
        <source>--account needs an account id.</source>
        <translation>--account necesita un id de cuenta.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>No existe la cuenta %1.</translation>
    </message>
    <message>
        <source>%1	%2	%3: %4 posts, %5 · %6 reads, %7 · total %8 · %9 may have been billed, %10</source>
        <translation>%1	%2	%3: %4 publicaciones, %5 · %6 lecturas, %7 · total %8 · %9 posiblemente facturadas, %10</translation>
    </message>
    <message>
        <source>Shows which database the commands use: its backend, schema version and where it is (never a password).</source>
        <translation>Muestra qué base de datos usan las órdenes: su motor, la versión del esquema y dónde está (nunca una contraseña).</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Motor: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Versión del esquema: %1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Ubicación: %1</translation>
    </message>
    <message>
        <source>Display name: %1</source>
        <translation>Nombre visible: %1</translation>
    </message>
    <message>
        <source>Copies this database, with every id, into an empty one: usually a show&apos;s file into a team database on PostgreSQL. The accounts&apos; X keys are not copied: they stay in each computer&apos;s keychain.</source>
        <translation>Copia esta base de datos, con todos sus id, en una vacía: normalmente, el archivo de un programa en una base de datos del equipo en PostgreSQL. Las claves de X de las cuentas no se copian: se quedan en el llavero de cada ordenador.</translation>
    </message>
    <message>
        <source>The empty database to copy into: a file, or postgresql://USER@HOST/DB.</source>
        <translation>La base de datos vacía de destino: un archivo o postgresql://USER@HOST/DB.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>db copy needs --to TARGET (a file, or postgresql://USER@HOST/DB).</source>
        <translation>db copy necesita --to TARGET (un archivo o postgresql://USER@HOST/DB).</translation>
    </message>
    <message>
        <source>--to names the database being copied; give an empty database.</source>
        <translation>--to indica la misma base de datos que se está copiando; indique una base de datos vacía.</translation>
    </message>
    <message>
        <source>Copied to %1:</source>
        <translation>Copiado en %1:</translation>
    </message>
    <message>
        <source>  accounts: %1</source>
        <translation>  cuentas: %1</translation>
    </message>
    <message>
        <source>  episodes: %1</source>
        <translation>  episodios: %1</translation>
    </message>
    <message>
        <source>  tweets: %1</source>
        <translation>  tuits: %1</translation>
    </message>
    <message>
        <source>  attempts: %1</source>
        <translation>  intentos: %1</translation>
    </message>
    <message>
        <source>  account limits: %1</source>
        <translation>  límites de cuenta: %1</translation>
    </message>
    <message>
        <source>  settings: %1</source>
        <translation>  ajustes: %1</translation>
    </message>
    <message>
        <source>  feeds: %1 (with %2 episodes&apos; feed values)</source>
        <translation>  feeds: %1 (con los valores de feed de %2 episodios)</translation>
    </message>
    <message>
        <source>  announcement templates: %1</source>
        <translation>  plantillas de anuncio: %1</translation>
    </message>
    <message>
        <source>  images: %1</source>
        <translation>  imágenes: %1</translation>
    </message>
    <message>
        <source>  counted reads of X: %1</source>
        <translation>  lecturas de X contabilizadas: %1</translation>
    </message>
    <message>
        <source>The accounts&apos; X keys were not copied: they stay in this computer&apos;s keychain. Every teammate who posts from the copy enters the X keys of each account on their own computer (Accounts…).</source>
        <translation>Las claves de X de las cuentas no se copiaron: se quedan en el llavero de este ordenador. Cada miembro del equipo que publique desde la copia debe introducir las claves de X de cada cuenta en su propio ordenador (Cuentas…).</translation>
    </message>
    <message>
        <source>Teammates open it with --db %1 or File → Open Team Database….</source>
        <translation>Los miembros del equipo la abren con --db %1 o con Archivo → Abrir base de datos del equipo….</translation>
    </message>
    <message>
        <source>Episode title.</source>
        <translation>Título del episodio.</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>Episode number.</source>
        <translation>Número del episodio.</translation>
    </message>
    <message>
        <source>Episode page.</source>
        <translation>Página del episodio.</translation>
    </message>
    <message>
        <source>Publication date (YYYY-MM-DD).</source>
        <translation>Fecha de publicación (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>--title must not be empty.</source>
        <translation>--title no puede estar vacío.</translation>
    </message>
    <message>
        <source>--number must be a whole number of 0 or more.</source>
        <translation>--number debe ser un número entero igual o mayor que 0.</translation>
    </message>
    <message>
        <source>--url must be a full address such as https://example.com/episode-1.</source>
        <translation>--url debe ser una dirección completa, como https://example.com/episode-1.</translation>
    </message>
    <message>
        <source>--published must be a date such as 2026-11-28.</source>
        <translation>--published debe ser una fecha como 2026-11-28.</translation>
    </message>
    <message>
        <source>Adds an episode and prints its id.</source>
        <translation>Añade un episodio y muestra su id.</translation>
    </message>
    <message>
        <source>episodes add needs --title.</source>
        <translation>episodes add necesita --title.</translation>
    </message>
    <message>
        <source>Changes an episode; only the options given change.</source>
        <translation>Cambia un episodio; solo cambian las opciones indicadas.</translation>
    </message>
    <message>
        <source>Episode id (see episodes list).</source>
        <translation>Id del episodio (consulte episodes list).</translation>
    </message>
    <message>
        <source>Give exactly one episode id.</source>
        <translation>Indique exactamente un id de episodio.</translation>
    </message>
    <message>
        <source>episodes edit needs at least one of --title, --number, --url or --published.</source>
        <translation>episodes edit necesita al menos una de estas opciones: --title, --number, --url o --published.</translation>
    </message>
    <message>
        <source>Episode %1 was deleted (archived to keep its record); it can no longer be changed.</source>
        <translation>El episodio %1 se eliminó (se archivó para conservar su registro); ya no se puede modificar.</translation>
    </message>
    <message>
        <source>saved episode %1</source>
        <translation>episodio %1 guardado</translation>
    </message>
    <message>
        <source>Deletes an episode and its tweets; archives it instead when one of its tweets has a posting history.</source>
        <translation>Elimina un episodio y sus tuits; en su lugar, lo archiva si alguno de sus tuits tiene historial de publicación.</translation>
    </message>
    <message>
        <source>archived episode %1: some of its tweets have a posting history, so its record is kept</source>
        <translation>episodio %1 archivado: algunos de sus tuits tienen historial de publicación, así que se conserva su registro</translation>
    </message>
    <message>
        <source>deleted episode %1: it came from the show&apos;s feed, which will not bring it back</source>
        <translation>episodio %1 eliminado: procedía del feed del programa, que no lo volverá a traer</translation>
    </message>
    <message>
        <source>deleted episode %1</source>
        <translation>episodio %1 eliminado</translation>
    </message>
    <message>
        <source>Lists the episodes.</source>
        <translation>Lista los episodios.</translation>
    </message>
    <message>
        <source>%1: not modified since the last refresh.</source>
        <translation>%1: sin cambios desde la última actualización.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 no longer in the feed; %6 announcement(s) made.</source>
        <translation>%1: %2 añadido(s), %3 actualizado(s), %4 sin cambios, %5 ya no está(n) en el feed; %6 anuncio(s) creado(s).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Reads the show&apos;s RSS feed, adds its episodes and remembers the address for refreshes. Nothing is announced for the episodes already in the feed.</source>
        <translation>Lee el feed RSS del programa, añade sus episodios y recuerda la dirección para las actualizaciones. No se anuncia nada de los episodios que ya están en el feed.</translation>
    </message>
    <message>
        <source>The feed&apos;s address (https://…).</source>
        <translation>La dirección del feed (https://…).</translation>
    </message>
    <message>
        <source>feed import needs the feed&apos;s address: episodedesk feed import URL</source>
        <translation>feed import necesita la dirección del feed: episodedesk feed import URL</translation>
    </message>
    <message>
        <source>Reads the show&apos;s feed again: new episodes are added (and announced with the show&apos;s templates), changed ones updated (fields edited in EpisodeDesk are kept), and episodes no longer in the feed are marked, never deleted.</source>
        <translation>Vuelve a leer el feed del programa: los episodios nuevos se añaden (y se anuncian con las plantillas del programa), los modificados se actualizan (se conservan los campos editados en EpisodeDesk) y los que ya no están en el feed se marcan, pero nunca se eliminan.</translation>
    </message>
    <message>
        <source>Read the whole feed even if the server says it has not changed.</source>
        <translation>Leer el feed completo aunque el servidor indique que no ha cambiado.</translation>
    </message>
    <message>
        <source>When the host has changed every episode&apos;s guid: match the episodes by their audio file (enclosure) or by title instead.</source>
        <translation>Si el proveedor de alojamiento ha cambiado el guid de todos los episodios: emparejar los episodios por su archivo de audio (enclosure) o por su título.</translation>
    </message>
    <message>
        <source>enclosure|title</source>
        <translation>enclosure|title</translation>
    </message>
    <message>
        <source>--match-by takes enclosure or title.</source>
        <translation>--match-by admite enclosure o title.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Cannot write to standard output (was it closed?); the list is incomplete.</source>
        <translation>No se puede escribir en la salida estándar (¿se cerró?); la lista está incompleta.</translation>
    </message>
    <message>
        <source>already posted: %1</source>
        <translation>ya publicado: %1</translation>
    </message>
    <message>
        <source>already posting: %1</source>
        <translation>ya se está publicando: %1</translation>
    </message>
    <message>
        <source>unknown, verify first: %1</source>
        <translation>desconocido, verifíquelo primero: %1</translation>
    </message>
    <message>
        <source>disabled: %1</source>
        <translation>desactivado: %1</translation>
    </message>
    <message>
        <source>rate limited until %1: %2</source>
        <translation>límite de frecuencia hasta %1: %2</translation>
    </message>
    <message>
        <source>not published: %1</source>
        <translation>no publicado: %1</translation>
    </message>
    <message>
        <source>posted (verified): %1</source>
        <translation>publicado (verificado): %1</translation>
    </message>
    <message>
        <source>posted: %1</source>
        <translation>publicado: %1</translation>
    </message>
    <message>
        <source>not published (verified): %1</source>
        <translation>no publicado (verificado): %1</translation>
    </message>
    <message>
        <source>failed, not published: %1</source>
        <translation>fallido, no publicado: %1</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>desconocido: %1</translation>
    </message>
    <message>
        <source> Run: episodedesk verify %1</source>
        <translation> Ejecute: episodedesk verify %1</translation>
    </message>
    <message>
        <source>Asks X whether a tweet whose outcome is unknown was published, and settles it.</source>
        <translation>Pregunta a X si se publicó un tuit cuyo resultado es desconocido y lo resuelve.</translation>
    </message>
    <message>
        <source>Posts one tweet now, at most once.</source>
        <translation>Publica un tuit ahora, como máximo una vez.</translation>
    </message>
    <message>
        <source>Tweet id (see tweets list).</source>
        <translation>Id del tuit (consulte tweets list).</translation>
    </message>
    <message>
        <source>Seconds to wait for X (default 30).</source>
        <translation>Segundos de espera a X (predeterminado: 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Settle as not published only when the attempt is this many seconds old (default 120).</source>
        <translation>Resolver como no publicado solo cuando el intento tenga al menos esta antigüedad en segundos (predeterminado: 120).</translation>
    </message>
    <message>
        <source>Give exactly one tweet id.</source>
        <translation>Indique exactamente un id de tuit.</translation>
    </message>
    <message>
        <source>There is no tweet %1.</source>
        <translation>No existe el tuit %1.</translation>
    </message>
    <message>
        <source>Usage: episodedesk [--db PATH] COMMAND [OPTIONS]</source>
        <translation>Uso: episodedesk [--db PATH] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>       episodedesk [--db PATH] [--demo]   (opens the window)</source>
        <translation>       episodedesk [--db PATH] [--demo]   (abre la ventana)</translation>
    </message>
    <message>
        <source>Keeps your podcast&apos;s episodes and posts their announcement tweets to X, each at most once.</source>
        <translation>Gestiona los episodios de su pódcast y publica en X los tuits que los anuncian, cada uno como máximo una vez.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
    </message>
    <message>
        <source>Run &apos;episodedesk help COMMAND&apos; for a command&apos;s options (episodedesk help tweets add), and &apos;man episodedesk&apos; for the whole reference.</source>
        <translation>Ejecute «episodedesk help COMMAND» para ver las opciones de una orden (episodedesk help tweets add) y «man episodedesk» para consultar la referencia completa.</translation>
    </message>
    <message>
        <source>podcast episodes and their announcement tweets, posted to X at most once</source>
        <translation>episodios de pódcast y sus tuits de anuncio, publicados en X como máximo una vez</translation>
    </message>
    <message>
        <source>EpisodeDesk keeps a podcast&apos;s episodes and, for each episode, the tweets that announce it, and posts them to X when asked or when their scheduled time comes. A tweet is published at most once: the posting engine claims it in the database before it calls X, never sends again what may already be out, and asks X when an outcome is unknown.</source>
        <translation>EpisodeDesk gestiona los episodios de un pódcast y, para cada episodio, los tuits que lo anuncian, y los publica en X cuando se le pide o cuando llega la hora programada. Un tuit se publica como máximo una vez: el motor de publicación lo reserva en la base de datos antes de llamar a X, nunca vuelve a enviar lo que ya puede estar publicado y consulta a X cuando un resultado es desconocido.</translation>
    </message>
    <message>
        <source>Without a command, episodedesk opens the window (--demo opens a demo show with a local Sandbox account). With a command it runs without a display, for scripts, cron and systemd.</source>
        <translation>Sin una orden, episodedesk abre la ventana (--demo abre un programa de demostración con una cuenta Sandbox local). Con una orden, se ejecuta sin pantalla, para scripts, cron y systemd.</translation>
    </message>
    <message>
        <source>Opens the window on the demo show (its own database, a Sandbox account).</source>
        <translation>Abre la ventana con el programa de demostración (con su propia base de datos y una cuenta Sandbox).</translation>
    </message>
    <message>
        <source>The user&apos;s own database, opened when no --db is given.</source>
        <translation>La base de datos propia del usuario, que se abre cuando no se indica --db.</translation>
    </message>
    <message>
        <source>Where systemctl --user enable episodedesk-scheduler.timer links the scheduler&apos;s units, installed in /usr/lib/systemd/user.</source>
        <translation>Donde systemctl --user enable episodedesk-scheduler.timer enlaza las unidades del programador, instaladas en /usr/lib/systemd/user.</translation>
    </message>
    <message>
        <source>X&apos;s keys and tokens, and team-database passwords, are kept in the desktop&apos;s keychain (the Secret Service), never in a file.</source>
        <translation>Las claves y los tokens de X, así como las contraseñas de la base de datos del equipo, se guardan en el llavero del escritorio (el Secret Service), nunca en un archivo.</translation>
    </message>
    <message>
        <source>There is no command “%1”.</source>
        <translation>No existe la orden «%1».</translation>
    </message>
    <message>
        <source>There is no command “%1 %2”.</source>
        <translation>No existe la orden «%1 %2».</translation>
    </message>
    <message>
        <source>Post what is due now, then exit.</source>
        <translation>Publicar lo que corresponda ahora y salir.</translation>
    </message>
    <message>
        <source>Minutes a scheduled post may still go out late (default: the database&apos;s setting, 30).</source>
        <translation>Minutos durante los que una publicación programada aún puede salir con retraso (predeterminado: el ajuste de la base de datos, 30).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>Run the clock this many times faster (simulation).</source>
        <translation>Hacer que el reloj avance este número de veces más rápido (simulación).</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FACTOR</translation>
    </message>
    <message>
        <source>Start the simulated clock at this time.</source>
        <translation>Iniciar el reloj simulado en este momento.</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>DATETIME</translation>
    </message>
    <message>
        <source>Exit once the clock passes this time.</source>
        <translation>Salir cuando el reloj supere este momento.</translation>
    </message>
    <message>
        <source>Refresh the show&apos;s feed at the start and every this many minutes (default 30; 0: never). With --once, once before posting.</source>
        <translation>Actualizar el feed del programa al inicio y cada este número de minutos (predeterminado: 30; 0: nunca). Con --once, una vez antes de publicar.</translation>
    </message>
    <message>
        <source>--time-scale must be a positive number.</source>
        <translation>--time-scale debe ser un número positivo.</translation>
    </message>
    <message>
        <source>Times must look like 2026-12-01T09:30 or 2026-12-01T09:30+01:00.</source>
        <translation>Las horas deben tener el formato 2026-12-01T09:30 o 2026-12-01T09:30+01:00.</translation>
    </message>
    <message>
        <source>--grace must be a number of minutes.</source>
        <translation>--grace debe ser un número de minutos.</translation>
    </message>
    <message>
        <source>--feed-every must be a number of minutes (0 turns the refresh off).</source>
        <translation>--feed-every debe ser un número de minutos (0 desactiva la actualización).</translation>
    </message>
    <message>
        <source>posted %1: %2</source>
        <translation>publicado %1: %2</translation>
    </message>
    <message>
        <source>unknown %1: %2</source>
        <translation>desconocido %1: %2</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>fallido %1: %2</translation>
    </message>
    <message>
        <source>missed %1: it was due at %2; post or reschedule it</source>
        <translation>vencido %1: debía publicarse el %2; publíquelo o vuelva a programarlo</translation>
    </message>
    <message>
        <source>waiting %1: %2</source>
        <translation>en espera %1: %2</translation>
    </message>
    <message>
        <source>held %1: %2 It is not posted until the tweet, its episode or its account changes.</source>
        <translation>retenido %1: %2 No se publicará hasta que cambie el tuit, su episodio o su cuenta.</translation>
    </message>
    <message>
        <source>scheduler: %1 posted, %2 failed, %3 unknown, %4 missed, %5 waiting</source>
        <translation>programador: publicados %1, fallidos %2, desconocidos %3, vencidos %4, en espera %5</translation>
    </message>
    <message>
        <source>, %1 held</source>
        <translation>, retenidos %1</translation>
    </message>
    <message>
        <source>Feed: %1</source>
        <translation>Feed: %1</translation>
    </message>
    <message>
        <source>Feed: %1 new episode(s), %2 announcement(s) made.</source>
        <translation>Feed: %1 episodio(s) nuevo(s), %2 anuncio(s) creado(s).</translation>
    </message>
    <message>
        <source>Posts scheduled tweets when they are due, without a window.</source>
        <translation>Publica los tuits programados cuando corresponde, sin abrir la ventana.</translation>
    </message>
    <message>
        <source>Adds an announcement: each new episode a feed refresh finds gets one tweet with this text (placeholders such as {title} and {url} are filled in when it is posted).</source>
        <translation>Añade un anuncio: cada episodio nuevo que encuentre una actualización del feed recibe un tuit con este texto (los marcadores como {title} y {url} se rellenan al publicarlo).</translation>
    </message>
    <message>
        <source>The account that posts it.</source>
        <translation>La cuenta que lo publica.</translation>
    </message>
    <message>
        <source>The tweet&apos;s text.</source>
        <translation>El texto del tuit.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Minutes after the episode&apos;s publication time to post it (default 0; negative is before).</source>
        <translation>Minutos tras la hora de publicación del episodio en que se publica (predeterminado: 0; un valor negativo es antes).</translation>
    </message>
    <message>
        <source>Leave the tweet pending for review instead of scheduling it.</source>
        <translation>Dejar el tuit pendiente de revisión en lugar de programarlo.</translation>
    </message>
    <message>
        <source>templates add needs --account ID and --text TEXT.</source>
        <translation>templates add necesita --account ID y --text TEXT.</translation>
    </message>
    <message>
        <source>--offset and --manual exclude each other: a manual announcement has no time.</source>
        <translation>--offset y --manual se excluyen mutuamente: un anuncio manual no tiene hora.</translation>
    </message>
    <message>
        <source>--offset must be a whole number of minutes.</source>
        <translation>--offset debe ser un número entero de minutos.</translation>
    </message>
    <message>
        <source>Lists the show&apos;s announcement templates.</source>
        <translation>Lista las plantillas de anuncio del programa.</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>cuenta %1</translation>
    </message>
    <message>
        <source>for review</source>
        <translation>para revisión</translation>
    </message>
    <message>
        <source>%1 min after publication</source>
        <translation>%1 min después de la publicación</translation>
    </message>
    <message>
        <source>Stops using a template. The tweets it made stay as they are, and it makes no new ones.</source>
        <translation>Deja de usar una plantilla. Los tuits que creó se quedan como están y no creará otros nuevos.</translation>
    </message>
    <message>
        <source>templates remove needs the template&apos;s id.</source>
        <translation>templates remove necesita el id de la plantilla.</translation>
    </message>
    <message>
        <source>Counts a text as X does (weighted length, URLs as 23).</source>
        <translation>Cuenta los caracteres de un texto como lo hace X (longitud ponderada; las URL cuentan como 23).</translation>
    </message>
    <message>
        <source>The text to check.</source>
        <translation>El texto que se va a comprobar.</translation>
    </message>
    <message>
        <source>Give the text as one argument (quote it).</source>
        <translation>Indique el texto como un solo argumento (entre comillas).</translation>
    </message>
    <message>
        <source>%1 / 280 — %2</source>
        <translation>%1 / 280 — %2</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>the episode&apos;s artwork</source>
        <translation>la carátula del episodio</translation>
    </message>
    <message>
        <source>Note: %1 (%2) is larger than X takes; it was stored as %3. The original is kept.</source>
        <translation>Nota: %1 (%2) supera lo que admite X; se guardó como %3. Se conserva el original.</translation>
    </message>
    <message>
        <source>Attach the image in this file (JPEG, PNG, WebP or GIF); may be repeated, up to 4.</source>
        <translation>Adjuntar la imagen de este archivo (JPEG, PNG, WebP o GIF); se puede repetir, hasta 4 veces.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Attach the episode&apos;s artwork, as its feed names it.</source>
        <translation>Adjuntar la carátula del episodio, tal como la indica su feed.</translation>
    </message>
    <message>
        <source>Alt text of the --image or --episode-artwork just before it.</source>
        <translation>Texto alternativo de la --image o --episode-artwork inmediatamente anterior.</translation>
    </message>
    <message>
        <source>--alt gives the alt text of the --image or --episode-artwork before it; put it after the image it describes.</source>
        <translation>--alt da el texto alternativo de la --image o --episode-artwork anterior; póngalo después de la imagen que describe.</translation>
    </message>
    <message>
        <source>Two --alt texts were given for %1; give one after each image.</source>
        <translation>Se dieron dos textos --alt para %1; indique uno después de cada imagen.</translation>
    </message>
    <message>
        <source>The alt text of %1 has %2 characters; X takes up to %3.</source>
        <translation>El texto alternativo de %1 tiene %2 caracteres; X admite hasta %3.</translation>
    </message>
    <message>
        <source>X takes at most %1 images on a post; %2 were given. Nothing was saved.</source>
        <translation>X admite como máximo %1 imágenes por publicación y se dieron %2. No se guardó nada.</translation>
    </message>
    <message>
        <source> Nothing was saved.</source>
        <translation> No se guardó nada.</translation>
    </message>
    <message>
        <source>Could not store %1: %2 Nothing was saved.</source>
        <translation>No se pudo guardar %1: %2 No se guardó nada.</translation>
    </message>
    <message>
        <source>Note: %1 has no alt text (--alt TEXT after it); people who cannot see it will not know what it shows.</source>
        <translation>Nota: %1 no tiene texto alternativo (--alt TEXT a continuación); quienes no puedan ver la imagen no sabrán qué muestra.</translation>
    </message>
    <message>
        <source>Note: images no tweet uses any more could not be removed yet; the next change removes them.</source>
        <translation>Nota: todavía no se pudieron eliminar las imágenes que ya no usa ningún tuit; el próximo cambio las eliminará.</translation>
    </message>
    <message>
        <source>The tweet text is empty.</source>
        <translation>El texto del tuit está vacío.</translation>
    </message>
    <message>
        <source>The tweet is %1 characters long as X counts them; the limit is 280. Nothing was saved.</source>
        <translation>El tuit tiene %1 caracteres según el recuento de X; el límite es 280. No se guardó nada.</translation>
    </message>
    <message>
        <source>--at must be a date and time such as 2026-12-01T09:30 or 2026-12-01T09:30+01:00.</source>
        <translation>--at debe ser una fecha y hora como 2026-12-01T09:30 o 2026-12-01T09:30+01:00.</translation>
    </message>
    <message>
        <source>Tweet text; may use {title}, {number}, {url}, {date}, {season}, {description}, {duration}.</source>
        <translation>Texto del tuit; puede usar {title}, {number}, {url}, {date}, {season}, {description}, {duration}.</translation>
    </message>
    <message>
        <source>Scheduled time (ISO 8601; local time without an offset).</source>
        <translation>Hora programada (ISO 8601; hora local si no lleva desfase horario).</translation>
    </message>
    <message>
        <source>Tweet %1 was added with its images but is still disabled: %2 Enable it with tweets edit %1 --enable.</source>
        <translation>El tuit %1 se añadió con sus imágenes, pero sigue desactivado: %2 Actívelo con tweets edit %1 --enable.</translation>
    </message>
    <message>
        <source>Adds a tweet to an episode and prints its id.</source>
        <translation>Añade un tuit a un episodio y muestra su id.</translation>
    </message>
    <message>
        <source>Episode id.</source>
        <translation>Id del episodio.</translation>
    </message>
    <message>
        <source>Account id.</source>
        <translation>Id de la cuenta.</translation>
    </message>
    <message>
        <source>tweets add needs --episode ID, --account ID and --text TEXT.</source>
        <translation>tweets add necesita --episode ID, --account ID y --text TEXT.</translation>
    </message>
    <message>
        <source>There is no episode %1.</source>
        <translation>No existe el episodio %1.</translation>
    </message>
    <message>
        <source>Give either --no-images or the images to replace them with, not both.</source>
        <translation>Indique --no-images o las imágenes que deben sustituirlas, no ambas cosas.</translation>
    </message>
    <message>
        <source>tweets edit needs at least one of --text, --account, --at, --no-schedule, --enable, --disable, --image, --episode-artwork or --no-images.</source>
        <translation>tweets edit necesita al menos una de estas opciones: --text, --account, --at, --no-schedule, --enable, --disable, --image, --episode-artwork o --no-images.</translation>
    </message>
    <message>
        <source>Give either --at or --no-schedule, not both.</source>
        <translation>Indique --at o --no-schedule, no ambas.</translation>
    </message>
    <message>
        <source>Give either --enable or --disable, not both.</source>
        <translation>Indique --enable o --disable, no ambas.</translation>
    </message>
    <message>
        <source> Only --enable or --disable can still change it.</source>
        <translation> Solo --enable o --disable pueden cambiarlo todavía.</translation>
    </message>
    <message>
        <source>Tweet %1 was deleted (archived to keep its record); it can no longer be changed.</source>
        <translation>El tuit %1 se eliminó (se archivó para conservar su registro); ya no se puede modificar.</translation>
    </message>
    <message>
        <source>Changes a tweet; only the options given change.</source>
        <translation>Cambia un tuit; solo cambian las opciones indicadas.</translation>
    </message>
    <message>
        <source>Remove the scheduled time.</source>
        <translation>Quitar la hora programada.</translation>
    </message>
    <message>
        <source>Let it be posted (by hand or on schedule).</source>
        <translation>Permitir que se publique (a mano o según la programación).</translation>
    </message>
    <message>
        <source>Keep it from being posted.</source>
        <translation>Impedir que se publique.</translation>
    </message>
    <message>
        <source>Remove the tweet&apos;s images.</source>
        <translation>Quitar las imágenes del tuit.</translation>
    </message>
    <message>
        <source>saved tweet %1</source>
        <translation>tuit %1 guardado</translation>
    </message>
    <message>
        <source>Deletes a tweet; archives it instead when it has a posting history. A tweet that is posting or unknown is kept until it is settled (verify it).</source>
        <translation>Elimina un tuit; en su lugar, lo archiva si tiene historial de publicación. Un tuit que se está publicando o cuyo resultado es desconocido se conserva hasta que se resuelva (verifíquelo).</translation>
    </message>
    <message>
        <source>archived tweet %1: it has a posting history, so its record is kept</source>
        <translation>tuit %1 archivado: tiene historial de publicación, así que se conserva su registro</translation>
    </message>
    <message>
        <source>deleted tweet %1</source>
        <translation>tuit %1 eliminado</translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation>Todavía no hay intentos.</translation>
    </message>
    <message>
        <source>Attempts, newest first:</source>
        <translation>Intentos, del más reciente al más antiguo:</translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation>, HTTP %1</translation>
    </message>
    <message>
        <source>, post %1</source>
        <translation>, publicación %1</translation>
    </message>
    <message>
        <source>    started %1, deadline %2, finished %3</source>
        <translation>    inicio %1, plazo %2, fin %3</translation>
    </message>
    <message>
        <source>    error: %1</source>
        <translation>    error: %1</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Imágenes:</translation>
    </message>
    <message>
        <source>    no alt text</source>
        <translation>    sin texto alternativo</translation>
    </message>
    <message>
        <source>    alt: %1</source>
        <translation>    texto alternativo: %1</translation>
    </message>
    <message>
        <source>Tweet %1: %2%3</source>
        <translation>Tuit %1: %2%3</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <source>Held:           %1</source>
        <translation>Retenido:             %1</translation>
    </message>
    <message>
        <source>Next check:     EpisodeDesk asks X again by itself after %1</source>
        <translation>Próxima verificación: EpisodeDesk volverá a consultar a X por sí solo después de %1</translation>
    </message>
    <message>
        <source>Episode:        %1 %2</source>
        <translation>Episodio:             %1 %2</translation>
    </message>
    <message>
        <source>Account:        %1 %2</source>
        <translation>Cuenta:               %1 %2</translation>
    </message>
    <message>
        <source>Enabled:        %1</source>
        <translation>Activado:             %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Scheduled:      %1</source>
        <translation>Programado:           %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>no programado</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Post:           %1</source>
        <translation>Publicación:          %1</translation>
    </message>
    <message>
        <source>Last error:     %1</source>
        <translation>Último error:         %1</translation>
    </message>
    <message>
        <source>Retries:        %1</source>
        <translation>Reintentos:           %1</translation>
    </message>
    <message>
        <source>Claim deadline: %1</source>
        <translation>Plazo de reserva:     %1</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>As it will be sent:</source>
        <translation>Tal como se enviará:</translation>
    </message>
    <message>
        <source>Lists the tweets and their status.</source>
        <translation>Lista los tuits y su estado.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Mostrar una matriz JSON.</translation>
    </message>
    <message>
        <source>Shows one tweet, archived ones too, with every attempt to post it.</source>
        <translation>Muestra un tuit, también los archivados, con todos los intentos de publicarlo.</translation>
    </message>
    <message numerus="yes">
        <source>[%n images]</source>
        <translation>
            <numerusform>[%n imagen]</numerusform>
            <numerusform>[%n imágenes]</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds an X account whose four keys come as JSON on standard input.</source>
        <translation>Añade una cuenta de X cuyas cuatro claves se reciben como JSON por la entrada estándar.</translation>
    </message>
    <message>
        <source>Signs an account in with X in the browser (OAuth 2.0).</source>
        <translation>Inicia sesión con una cuenta en X desde el navegador (OAuth 2.0).</translation>
    </message>
    <message>
        <source>Lists the X accounts.</source>
        <translation>Muestra la lista de cuentas de X.</translation>
    </message>
    <message>
        <source>Adds an episode.</source>
        <translation>Añade un episodio.</translation>
    </message>
    <message>
        <source>Changes an episode.</source>
        <translation>Modifica un episodio.</translation>
    </message>
    <message>
        <source>Deletes an episode (archives it when one of its tweets has a posting history).</source>
        <translation>Elimina un episodio (lo archiva si alguno de sus tuits tiene historial de publicación).</translation>
    </message>
    <message>
        <source>Adds a tweet to an episode.</source>
        <translation>Añade un tuit a un episodio.</translation>
    </message>
    <message>
        <source>Changes a tweet&apos;s text, account, schedule or images.</source>
        <translation>Modifica el texto, la cuenta, la programación o las imágenes de un tuit.</translation>
    </message>
    <message>
        <source>Deletes a tweet (archives it when it has a posting history).</source>
        <translation>Elimina un tuit (lo archiva si tiene historial de publicación).</translation>
    </message>
    <message>
        <source>Shows a tweet and its posting attempts.</source>
        <translation>Muestra un tuit y sus intentos de publicación.</translation>
    </message>
    <message>
        <source>Lists the tweets and their states.</source>
        <translation>Muestra la lista de tuits y sus estados.</translation>
    </message>
    <message>
        <source>Asks X whether an unknown attempt was published.</source>
        <translation>Pregunta a X si un intento con resultado desconocido se llegó a publicar.</translation>
    </message>
    <message>
        <source>Counts a text as X does and says whether it fits.</source>
        <translation>Cuenta los caracteres de un texto como lo hace X e indica si cabe.</translation>
    </message>
    <message>
        <source>Posts scheduled tweets when their time comes, without a window.</source>
        <translation>Publica los tuits programados cuando llega su hora, sin abrir la ventana.</translation>
    </message>
    <message>
        <source>Shows the backend, schema version and location of the database.</source>
        <translation>Muestra el motor, la versión del esquema y la ubicación de la base de datos.</translation>
    </message>
    <message>
        <source>Copies this database, ids and all, into an empty one.</source>
        <translation>Copia esta base de datos, con todos sus id, en una vacía.</translation>
    </message>
    <message>
        <source>Adds the episodes of the show&apos;s RSS feed and remembers the feed.</source>
        <translation>Añade los episodios del feed RSS del programa y recuerda el feed.</translation>
    </message>
    <message>
        <source>Reads the feed again and adds its new episodes.</source>
        <translation>Vuelve a leer el feed y añade sus episodios nuevos.</translation>
    </message>
    <message>
        <source>Adds a template that announces each new episode.</source>
        <translation>Añade una plantilla que anuncia cada episodio nuevo.</translation>
    </message>
    <message>
        <source>Lists the templates.</source>
        <translation>Muestra la lista de plantillas.</translation>
    </message>
    <message>
        <source>Stops using a template; its tweets stay.</source>
        <translation>Deja de usar una plantilla; sus tuits se conservan.</translation>
    </message>
    <message>
        <source>Shows what X charges per post and read, and the day the prices were read.</source>
        <translation>Muestra lo que cobra X por publicación y por lectura, y el día en que se consultaron los precios.</translation>
    </message>
    <message>
        <source>Sets X&apos;s prices.</source>
        <translation>Establece los precios de X.</translation>
    </message>
    <message>
        <source>Shows the posts, reads and spend per account and month.</source>
        <translation>Muestra las publicaciones, las lecturas y el gasto por cuenta y mes.</translation>
    </message>
    <message>
        <source>Shows this overview, or the options of one command: help tweets add.</source>
        <translation>Muestra este resumen o las opciones de una orden: help tweets add.</translation>
    </message>
    <message>
        <source>Prints the completion script for bash, zsh or fish.</source>
        <translation>Imprime el script de autocompletado para bash, zsh o fish.</translation>
    </message>
    <message>
        <source>The database to use: a file, or a team database&apos;s postgresql://USER@HOST/NAME address. Without it, the user&apos;s own database.</source>
        <translation>La base de datos que se usará: un archivo o la dirección postgresql://USER@HOST/NAME de una base de datos del equipo. Si se omite, la base de datos propia del usuario.</translation>
    </message>
    <message>
        <source>Prints the version and exits.</source>
        <translation>Imprime la versión y sale.</translation>
    </message>
    <message>
        <source>Shows the options of the command it follows.</source>
        <translation>Muestra las opciones de la orden a la que sigue.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>An error: no such id, a text too long, a database or keychain that cannot be used.</source>
        <translation>Un error: no existe el id, el texto es demasiado largo, o no se puede usar la base de datos o el llavero.</translation>
    </message>
    <message>
        <source>The command or its options were wrong.</source>
        <translation>La orden o sus opciones eran incorrectas.</translation>
    </message>
    <message>
        <source>Refused by the tweet&apos;s state: already posted, already posting, unknown or disabled.</source>
        <translation>Rechazado por el estado del tuit: ya publicado, publicándose, desconocido o desactivado.</translation>
    </message>
    <message>
        <source>Not published, and the message says why (rate limited, unauthorized, …).</source>
        <translation>No publicado; el mensaje indica el motivo (límite de frecuencia, no autorizado, …).</translation>
    </message>
    <message>
        <source>The outcome is unknown: the tweet may be published. Run verify.</source>
        <translation>El resultado es desconocido: puede que el tuit se haya publicado. Ejecute verify.</translation>
    </message>
    <message>
        <source>Choose the language of the window and the command line (German and Spanish are included) and the form of dates.</source>
        <translation>Determinan el idioma de la ventana y de la línea de órdenes (se incluyen alemán y español) y el formato de las fechas.</translation>
    </message>
    <message>
        <source>Names this computer in the posting leases of a team database, instead of the host&apos;s machine id.</source>
        <translation>Nombre de este ordenador en las reservas de publicación de una base de datos del equipo, en lugar del identificador de máquina del equipo anfitrión.</translation>
    </message>
    <message>
        <source>Read by PostgreSQL&apos;s client library when a team database is opened.</source>
        <translation>Las lee la biblioteca cliente de PostgreSQL al abrir una base de datos del equipo.</translation>
    </message>
    <message>
        <source>Turns on developer logging, e.g. episodedesk.*.debug=true.</source>
        <translation>Activa el registro para desarrolladores, p. ej. episodedesk.*.debug=true.</translation>
    </message>
    <message>
        <source>“%1” is not an episodedesk command. The %2 commands are:</source>
        <translation>«%1» no es una orden de episodedesk. Las órdenes de %2 son:</translation>
    </message>
    <message>
        <source>Run &apos;episodedesk help %1&apos; for their options.</source>
        <translation>Ejecute «episodedesk help %1» para ver sus opciones.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::App::DatabaseSession</name>
    <message>
        <source>The feed could not be refreshed: %1</source>
        <translation>No se pudo actualizar el feed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new episode(s) from the feed.</source>
        <translation>
            <numerusform>%n episodio nuevo del feed.</numerusform>
            <numerusform>%n episodios nuevos del feed.</numerusform>
        </translation>
    </message>
    <message>
        <source>EpisodeDesk — Demo show (Sandbox: nothing leaves this computer)</source>
        <translation>EpisodeDesk — Programa de demostración (Sandbox: nada sale de este ordenador)</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::ArtworkFetcher</name>
    <message>
        <source>This episode has no artwork: its feed names no image for it or for the show.</source>
        <translation>Este episodio no tiene carátula: su feed no indica ninguna imagen para él ni para el programa.</translation>
    </message>
    <message>
        <source>The artwork address “%1” is not a web address.</source>
        <translation>La dirección de la carátula «%1» no es una dirección web.</translation>
    </message>
    <message>
        <source>The artwork at %1 is larger than 30 MB; EpisodeDesk did not download it.</source>
        <translation>La carátula de %1 supera los 30 MB; EpisodeDesk no la descargó.</translation>
    </message>
    <message>
        <source>The artwork address at %1 redirects too often or to an insecure address; EpisodeDesk stopped following it.</source>
        <translation>La dirección de la carátula en %1 redirige demasiadas veces o a una dirección no segura; EpisodeDesk dejó de seguirla.</translation>
    </message>
    <message>
        <source>%1 took longer than a minute to send the artwork; try again later.</source>
        <translation>%1 tardó más de un minuto en enviar la carátula; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for the artwork, so there is nothing to attach.</source>
        <translation>%1 respondió HTTP %2 para la carátula, así que no hay nada que adjuntar.</translation>
    </message>
    <message>
        <source>EpisodeDesk could not download the artwork from %1. Check your connection.</source>
        <translation>EpisodeDesk no pudo descargar la carátula de %1. Compruebe la conexión.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::Database</name>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is damaged or not an EpisodeDesk database (it is not an SQLite file). It was left unchanged.</source>
        <translation>«%1» está dañado o no es una base de datos de EpisodeDesk (no es un archivo SQLite). No se ha modificado.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of EpisodeDesk (schema %2; this version knows up to %3). Please update EpisodeDesk. The file was left unchanged.</source>
        <translation>«%1» se escribió con una versión más reciente de EpisodeDesk (esquema %2; esta versión admite hasta el %3). Actualice EpisodeDesk. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot back up “%1” before upgrading it: %2. Nothing was changed.</source>
        <translation>No se puede hacer una copia de seguridad de «%1» antes de actualizarlo: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>This copy of EpisodeDesk cannot reach a team database: Qt&apos;s PostgreSQL driver is missing (on Debian and Ubuntu, install libqt6sql6-psql).</source>
        <translation>Esta copia de EpisodeDesk no puede acceder a una base de datos del equipo: falta el controlador de PostgreSQL de Qt (en Debian y Ubuntu, instale libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The team database %1 asks for a password. Put it in ~/.pgpass (or the file PGPASSFILE names), or enter it in File → Open team database…, which keeps it in this computer&apos;s keychain.</source>
        <translation>La base de datos del equipo %1 pide una contraseña. Póngala en ~/.pgpass (o en el archivo que indique PGPASSFILE) o introdúzcala en Archivo → Abrir base de datos del equipo…, que la guarda en el llavero de este ordenador.</translation>
    </message>
    <message>
        <source>Cannot reach the team database %1: %2</source>
        <translation>No se puede acceder a la base de datos del equipo %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up the connection to the team database %1.</source>
        <translation>No se puede establecer la conexión con la base de datos del equipo %1.</translation>
    </message>
    <message>
        <source>Cannot read the team database %1: %2</source>
        <translation>No se puede leer la base de datos del equipo %1: %2</translation>
    </message>
    <message>
        <source>The database %1 holds tables that are not EpisodeDesk&apos;s. Use an empty database for the team (createdb); this one was left unchanged.</source>
        <translation>La base de datos %1 contiene tablas que no son de EpisodeDesk. Use una base de datos vacía para el equipo (createdb); esta no se ha modificado.</translation>
    </message>
    <message>
        <source>The team database %1 was upgraded by a newer version of EpisodeDesk (schema %2; this version knows up to %3). Please update EpisodeDesk. The database was left unchanged.</source>
        <translation>Una versión más reciente de EpisodeDesk actualizó la base de datos del equipo %1 (esquema %2; esta versión admite hasta el %3). Actualice EpisodeDesk. La base de datos no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot upgrade the team database %1: %2. It was not changed.</source>
        <translation>No se puede actualizar la base de datos del equipo %1: %2. No se ha modificado.</translation>
    </message>
    <message>
        <source>its tables changed while it was being opened</source>
        <translation>sus tablas cambiaron mientras se abría</translation>
    </message>
    <message>
        <source>The team database %1 was upgraded by a newer version of EpisodeDesk meanwhile. Please update EpisodeDesk. It was left unchanged.</source>
        <translation>Mientras tanto, una versión más reciente de EpisodeDesk actualizó la base de datos del equipo %1. Actualice EpisodeDesk. La base de datos no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot switch “%1” to write-ahead logging. Is the folder writable?</source>
        <translation>No se puede cambiar «%1» al registro de escritura anticipada (WAL). ¿Se puede escribir en la carpeta?</translation>
    </message>
    <message>
        <source>Cannot configure “%1”: %2</source>
        <translation>No se puede configurar «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: %2</source>
        <translation>No se puede actualizar «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of “%1”.</source>
        <translation>No se puede leer la versión del esquema de «%1».</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1” to schema %2: %3. The file was not changed.</source>
        <translation>No se puede actualizar «%1» al esquema %2: %3. El archivo no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::DatabaseCopy</name>
    <message>
        <source>Cannot start writing to the target database: %1</source>
        <translation>No se puede empezar a escribir en la base de datos de destino: %1</translation>
    </message>
    <message>
        <source>The target database did not take the copy (nothing was copied): %1</source>
        <translation>La base de datos de destino no aceptó la copia (no se copió nada): %1</translation>
    </message>
    <message>
        <source>Cannot read the images of the database to copy: %1</source>
        <translation>No se pueden leer las imágenes de la base de datos que se va a copiar: %1</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>No se copió nada: %1</translation>
    </message>
    <message>
        <source>Cannot read the database to copy: %1</source>
        <translation>No se puede leer la base de datos que se va a copiar: %1</translation>
    </message>
    <message>
        <source>Cannot lock the target database: %1</source>
        <translation>No se puede bloquear la base de datos de destino: %1</translation>
    </message>
    <message>
        <source>Cannot read the target database: %1</source>
        <translation>No se puede leer la base de datos de destino: %1</translation>
    </message>
    <message>
        <source>The target database is not empty (it has %1). A show is copied only into an empty database; nothing was changed.</source>
        <translation>La base de datos de destino no está vacía (la tabla %1 tiene datos). Un programa solo se copia en una base de datos vacía; no se cambió nada.</translation>
    </message>
    <message>
        <source>The target database has no table %1.</source>
        <translation>La base de datos de destino no tiene la tabla %1.</translation>
    </message>
    <message>
        <source>The target database refused the copy: %1</source>
        <translation>La base de datos de destino rechazó la copia: %1</translation>
    </message>
    <message>
        <source>The target database refused the copy (nothing was copied): %1</source>
        <translation>La base de datos de destino rechazó la copia (no se copió nada): %1</translation>
    </message>
    <message>
        <source>The database to copy stopped part way through reading (nothing was copied): %1</source>
        <translation>La lectura de la base de datos que se copia se interrumpió a medias (no se copió nada): %1</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::DatabaseLocation</name>
    <message>
        <source>The team database&apos;s address contains a password. Remove it from the address and put the password in ~/.pgpass (or the file PGPASSFILE names, or a PostgreSQL service file), or let EpisodeDesk keep it in this computer&apos;s keychain (File → Open team database…). A password in an address ends up in shell history, process lists and logs.</source>
        <translation>La dirección de la base de datos del equipo contiene una contraseña. Quítela de la dirección y ponga la contraseña en ~/.pgpass (o en el archivo que indique PGPASSFILE, o en un archivo de servicio de PostgreSQL), o deje que EpisodeDesk la guarde en el llavero de este ordenador (Archivo → Abrir base de datos del equipo…). Una contraseña en una dirección acaba en el historial de la shell, en las listas de procesos y en los registros.</translation>
    </message>
    <message>
        <source>No database was named.</source>
        <translation>No se indicó ninguna base de datos.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>This is not a PostgreSQL address EpisodeDesk can use (%1). The form is postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Esta no es una dirección de PostgreSQL que EpisodeDesk pueda usar (%1). El formato es postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>the default server</source>
        <translation>el servidor predeterminado</translation>
    </message>
    <message>
        <source>the default database</source>
        <translation>la base de datos predeterminada</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <translation>%1 en %2 como %3</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::EpisodeTableModel</name>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n desconocido</numerusform>
            <numerusform>%n desconocidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posting</source>
        <translation>
            <numerusform>%n publicando</numerusform>
            <numerusform>%n publicando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posted</source>
        <translation>
            <numerusform>%n publicado</numerusform>
            <numerusform>%n publicados</numerusform>
        </translation>
    </message>
    <message>
        <source>no tweets yet</source>
        <translation>aún no hay tuits</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>Tuits</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::FeedFetcher</name>
    <message>
        <source>%1 refused the connection. Check the feed address; nothing was changed.</source>
        <translation>%1 rechazó la conexión. Compruebe la dirección del feed; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 closed the connection before sending the feed. Try again later; nothing was changed.</source>
        <translation>%1 cerró la conexión antes de enviar el feed. Inténtelo de nuevo más tarde; no se cambió nada.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up (its certificate may be invalid or expired). Nothing was changed.</source>
        <translation>No se pudo establecer la conexión segura con %1 (puede que su certificado no sea válido o haya caducado). No se cambió nada.</translation>
    </message>
    <message>
        <source>The proxy this computer uses could not reach %1. Check the proxy settings; nothing was changed.</source>
        <translation>El proxy que usa este ordenador no pudo acceder a %1. Compruebe la configuración del proxy; no se cambió nada.</translation>
    </message>
    <message>
        <source>This computer seems to be offline, so %1 could not be reached. Nothing was changed.</source>
        <translation>Parece que este ordenador no tiene conexión, así que no se pudo acceder a %1. No se cambió nada.</translation>
    </message>
    <message>
        <source>EpisodeDesk could not reach %1. Check your connection; nothing was changed.</source>
        <translation>EpisodeDesk no pudo acceder a %1. Compruebe la conexión; no se cambió nada.</translation>
    </message>
    <message>
        <source>The feed is not at %1 (HTTP %2). Check the address in your podcast host&apos;s dashboard.</source>
        <translation>El feed no está en %1 (HTTP %2). Compruebe la dirección en el panel de su proveedor de alojamiento del pódcast.</translation>
    </message>
    <message>
        <source>%1 refused to give the feed (HTTP %2): is it a private feed that needs its own address?</source>
        <translation>%1 se negó a entregar el feed (HTTP %2): ¿es un feed privado que necesita su propia dirección?</translation>
    </message>
    <message>
        <source>%1 asked EpisodeDesk to slow down (HTTP 429). It tries again at the next refresh.</source>
        <translation>%1 pidió a EpisodeDesk que redujera el ritmo (HTTP 429). Lo volverá a intentar en la próxima actualización.</translation>
    </message>
    <message>
        <source>The feed&apos;s server at %1 had a problem (HTTP %2). Nothing was changed; try again later.</source>
        <translation>El servidor del feed en %1 tuvo un problema (HTTP %2). No se cambió nada; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the feed.</source>
        <translation>%1 respondió HTTP %2 en lugar del feed.</translation>
    </message>
    <message>
        <source>EpisodeDesk could not make a temporary file for the feed: %1</source>
        <translation>EpisodeDesk no pudo crear un archivo temporal para el feed: %1</translation>
    </message>
    <message>
        <source>The feed is compressed in a way EpisodeDesk cannot read.</source>
        <translation>El feed está comprimido de una forma que EpisodeDesk no puede leer.</translation>
    </message>
    <message>
        <source>The feed grows past %1 MB when uncompressed; EpisodeDesk stopped reading it.</source>
        <translation>El feed supera los %1 MB al descomprimirlo; EpisodeDesk dejó de leerlo.</translation>
    </message>
    <message>
        <source>The feed is gzip-compressed but the compressed data is damaged or cut short.</source>
        <translation>El feed está comprimido con gzip, pero los datos comprimidos están dañados o incompletos.</translation>
    </message>
    <message>
        <source>%1 took longer than %2 seconds to send the feed; EpisodeDesk stopped waiting.</source>
        <translation>%1 tardó más de %2 segundos en enviar el feed; EpisodeDesk dejó de esperar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a feed address: it should start with https:// (or http://).</source>
        <translation>«%1» no es una dirección de feed: debería empezar por https:// (o http://).</translation>
    </message>
    <message>
        <source>The feed&apos;s download was stopped.</source>
        <translation>Se detuvo la descarga del feed.</translation>
    </message>
    <message>
        <source>The feed is %1 MB, more than the %2 MB EpisodeDesk reads; nothing was imported.</source>
        <translation>El feed ocupa %1 MB, más de los %2 MB que lee EpisodeDesk; no se importó nada.</translation>
    </message>
    <message>
        <source>The feed is larger than the %1 MB EpisodeDesk reads; nothing was imported.</source>
        <translation>El feed supera los %1 MB que lee EpisodeDesk; no se importó nada.</translation>
    </message>
    <message>
        <source>EpisodeDesk could not write the feed to a temporary file: %1</source>
        <translation>EpisodeDesk no pudo escribir el feed en un archivo temporal: %1</translation>
    </message>
    <message>
        <source>%1 stopped sending the feed for %2 seconds; EpisodeDesk gave up. Try again later.</source>
        <translation>%1 dejó de enviar el feed durante %2 segundos y EpisodeDesk desistió. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>EpisodeDesk could not find the server %1. Check the feed address and your connection.</source>
        <translation>EpisodeDesk no encontró el servidor %1. Compruebe la dirección del feed y la conexión.</translation>
    </message>
    <message>
        <source>The feed address redirects more than %1 times; EpisodeDesk stopped following it.</source>
        <translation>La dirección del feed redirige más de %1 veces; EpisodeDesk dejó de seguirla.</translation>
    </message>
    <message>
        <source>The feed address redirects to &quot;%1&quot;, which is not a web address.</source>
        <translation>La dirección del feed redirige a «%1», que no es una dirección web.</translation>
    </message>
    <message>
        <source>%1 answered &quot;not modified&quot; to a request that did not ask for it (HTTP 304).</source>
        <translation>%1 respondió «no modificado» a una solicitud que no lo pedía (HTTP 304).</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::HoldReason</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation>Retenido: %1</translation>
    </message>
    <message>
        <source>The tweet is empty.</source>
        <translation>El tuit está vacío.</translation>
    </message>
    <message>
        <source>The tweet is empty after filling in %1.</source>
        <translation>El tuit queda vacío después de rellenar %1.</translation>
    </message>
    <message>
        <source>%1 characters as X counts them (X allows %2).</source>
        <translation>%1 caracteres según el recuento de X (X admite %2).</translation>
    </message>
    <message>
        <source>%1 characters after filling in %2 (X allows %3).</source>
        <translation>%1 caracteres después de rellenar %2 (X admite %3).</translation>
    </message>
    <message>
        <source>The tweet contains a character X does not accept.</source>
        <translation>El tuit contiene un carácter que X no acepta.</translation>
    </message>
    <message>
        <source>The tweet&apos;s account no longer exists.</source>
        <translation>La cuenta del tuit ya no existe.</translation>
    </message>
    <message>
        <source>The account “%1” has no valid API address.</source>
        <translation>La cuenta «%1» no tiene una dirección de API válida.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::KeychainSecretStore</name>
    <message>
        <source>The X keys stored for this account are damaged or were saved by a newer version of EpisodeDesk. Enter them again.</source>
        <translation>Las claves de X guardadas para esta cuenta están dañadas o las guardó una versión más reciente de EpisodeDesk. Vuelva a introducirlas.</translation>
    </message>
    <message>
        <source>These X keys are too long to keep in the system keychain (%1 bytes; at most %2). Check that each key was pasted on its own.</source>
        <translation>Estas claves de X son demasiado largas para guardarlas en el llavero del sistema (%1 bytes; como máximo %2). Compruebe que cada clave se pegó por separado.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::LocalXServer</name>
    <message>
        <source>The sandbox server is already listening.</source>
        <translation>El servidor Sandbox ya está escuchando.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>No se puede escuchar en 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>Cannot use %1 as sandbox storage: %2</source>
        <translation>No se puede usar %1 como almacenamiento del Sandbox: %2</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::OAuth1Signer</name>
    <message>
        <source>The request method must be an upper-case HTTP method.</source>
        <translation>El método de la solicitud debe ser un método HTTP en mayúsculas.</translation>
    </message>
    <message>
        <source>The request address cannot be signed (unexpected characters in it).</source>
        <translation>La dirección de la solicitud no se puede firmar (contiene caracteres inesperados).</translation>
    </message>
    <message>
        <source>The parameters to sign already contain a signature.</source>
        <translation>Los parámetros que se van a firmar ya contienen una firma.</translation>
    </message>
    <message>
        <source>The request parameters cannot be signed in the order OAuth requires.</source>
        <translation>Los parámetros de la solicitud no se pueden firmar en el orden que exige OAuth.</translation>
    </message>
    <message>
        <source>The account&apos;s X keys are incomplete.</source>
        <translation>Las claves de X de la cuenta están incompletas.</translation>
    </message>
    <message>
        <source>The request address is not a valid web address.</source>
        <translation>La dirección de la solicitud no es una dirección web válida.</translation>
    </message>
    <message>
        <source>The request has no nonce or timestamp.</source>
        <translation>La solicitud no tiene nonce ni marca de tiempo.</translation>
    </message>
    <message>
        <source>The request already carries OAuth parameters.</source>
        <translation>La solicitud ya lleva parámetros OAuth.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::OAuth2Tokens</name>
    <message>
        <source>“%1” is not signed in to X on this computer. Sign in with X in Accounts; nothing was sent.</source>
        <translation>«%1» no tiene la sesión iniciada en X en este ordenador. Inicie sesión con X en Cuentas; no se envió nada.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>No hay ningún llavero disponible en este ordenador.</translation>
    </message>
    <message>
        <source>EpisodeDesk cannot write its lock files in %1, so it cannot renew the sign-in with X safely. Nothing was sent.</source>
        <translation>EpisodeDesk no puede escribir sus archivos de bloqueo en %1, así que no puede renovar de forma segura el inicio de sesión con X. No se envió nada.</translation>
    </message>
    <message>
        <source>Another EpisodeDesk on this computer is renewing the sign-in of “%1” with X and has not finished. Nothing was sent; try again in a moment.</source>
        <translation>Otra instancia de EpisodeDesk en este ordenador está renovando el inicio de sesión de «%1» con X y aún no ha terminado. No se envió nada; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The renewed sign-in of “%1” could not be saved in the keychain. EpisodeDesk keeps it until it quits; if the keychain still refuses it then, sign in with X again.</source>
        <translation>El inicio de sesión renovado de «%1» no se pudo guardar en el llavero. EpisodeDesk lo conserva hasta que se cierre; si entonces el llavero sigue rechazándolo, vuelva a iniciar sesión con X.</translation>
    </message>
    <message>
        <source>X no longer accepts the sign-in of “%1” (it was revoked, or used up elsewhere). Sign in with X again in Accounts; nothing was sent.</source>
        <translation>X ya no acepta el inicio de sesión de «%1» (se revocó o se agotó en otro lugar). Vuelva a iniciar sesión con X en Cuentas; no se envió nada.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>X did not renew the sign-in of “%1” (%2). Nothing was sent; EpisodeDesk tries again later.</source>
        <translation>X no renovó el inicio de sesión de «%1» (%2). No se envió nada; EpisodeDesk lo volverá a intentar más tarde.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::PostingJournal</name>
    <message>
        <source>The attempt id cannot name a journal entry.</source>
        <translation>El ID del intento no puede designar una entrada del diario.</translation>
    </message>
    <message>
        <source>Cannot create the posting journal folder %1.</source>
        <translation>No se puede crear la carpeta del diario de publicación %1.</translation>
    </message>
    <message>
        <source>Cannot write the posting journal: %1</source>
        <translation>No se puede escribir el diario de publicación: %1</translation>
    </message>
    <message>
        <source>Cannot write the posting journal entry %1.</source>
        <translation>No se puede escribir la entrada del diario de publicación %1.</translation>
    </message>
    <message>
        <source>Cannot remove the posting journal entry %1.</source>
        <translation>No se puede eliminar la entrada del diario de publicación %1.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::PostingService</name>
    <message>
        <source>No keychain is available to read this account&apos;s X keys.</source>
        <translation>No hay ningún llavero disponible para leer las claves de X de esta cuenta.</translation>
    </message>
    <message>
        <source>The X keys of “%1” are not on this computer. Add them in Accounts on this computer; on a team database, a teammate&apos;s computer that has them posts its scheduled tweets.</source>
        <translation>Las claves de X de «%1» no están en este equipo. Añádalas en Cuentas en este equipo; en una base de datos del equipo, los tuits programados los publica el equipo de un compañero que las tenga.</translation>
    </message>
    <message>
        <source>The posting engine is not running.</source>
        <translation>El motor de publicación no está en funcionamiento.</translation>
    </message>
    <message>
        <source>The team database cannot be reached. Nothing was sent; EpisodeDesk keeps trying to reconnect.</source>
        <translation>No se puede acceder a la base de datos del equipo. No se envió nada; EpisodeDesk sigue intentando reconectarse.</translation>
    </message>
    <message>
        <source>This tweet&apos;s account is missing.</source>
        <translation>Falta la cuenta de este tuit.</translation>
    </message>
    <message>
        <source>The Sandbox server is not running, so nothing was sent.</source>
        <translation>El servidor Sandbox no está en funcionamiento, así que no se envió nada.</translation>
    </message>
    <message>
        <source>Not sent: getting ready took too long, so EpisodeDesk did not send it. Nothing was published; post it again.</source>
        <translation>No enviado: la preparación tardó demasiado, así que EpisodeDesk no lo envió. No se publicó nada; vuelva a publicarlo.</translation>
    </message>
    <message>
        <source>X did not accept the sign-in of this account (HTTP 401). Nothing was published; EpisodeDesk renews the sign-in, so post it again.</source>
        <translation>X no aceptó el inicio de sesión de esta cuenta (HTTP 401). No se publicó nada; EpisodeDesk renueva el inicio de sesión, así que vuelva a publicarlo.</translation>
    </message>
    <message>
        <source>Posted.</source>
        <translation>Publicado.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::PostingStore</name>
    <message>
        <source>The team database cannot be reached. Nothing was sent; EpisodeDesk keeps trying to reconnect.</source>
        <translation>No se puede acceder a la base de datos del equipo. No se envió nada; EpisodeDesk sigue intentando reconectarse.</translation>
    </message>
    <message>
        <source>The database is busy (another window or process is writing). Nothing was sent; please try again.</source>
        <translation>La base de datos está ocupada (otra ventana u otro proceso está escribiendo). No se envió nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database refused to start a change: %1</source>
        <translation>La base de datos se negó a iniciar un cambio: %1</translation>
    </message>
    <message>
        <source>The database could not save the change: %1</source>
        <translation>La base de datos no pudo guardar el cambio: %1</translation>
    </message>
    <message>
        <source>The team database went away while this tweet was being claimed. Nothing was sent. If the claim was saved, the tweet shows “posting” until its lease ends, then “unknown”.</source>
        <translation>Se perdió la conexión con la base de datos del equipo mientras se asignaba este tuit. No se envió nada. Si la asignación se guardó, el tuit aparece como «publicando» hasta que termine su reserva y después como «desconocido».</translation>
    </message>
    <message>
        <source>The connection to the team database broke while this tweet was being claimed, and the claim was not saved. Nothing was sent; post it again.</source>
        <translation>La conexión con la base de datos del equipo se interrumpió mientras se asignaba este tuit, y la asignación no se guardó. No se envió nada; vuelva a publicarlo.</translation>
    </message>
    <message>
        <source>The program posting this tweet stopped before X answered; it may have been published. Verify it before posting again.</source>
        <translation>El programa que publicaba este tuit se detuvo antes de que X respondiera; es posible que se haya publicado. Verifíquelo antes de volver a publicarlo.</translation>
    </message>
    <message>
        <source>The program posting this tweet did not finish in time; it may have been published. Verify it before posting again.</source>
        <translation>El programa que publicaba este tuit no terminó a tiempo; es posible que se haya publicado. Verifíquelo antes de volver a publicarlo.</translation>
    </message>
    <message>
        <source>There is no tweet %1.</source>
        <translation>No existe el tuit %1.</translation>
    </message>
    <message>
        <source>Already posted (%1).</source>
        <translation>Ya publicado (%1).</translation>
    </message>
    <message>
        <source>Already posted: %1</source>
        <translation>Ya publicado: %1</translation>
    </message>
    <message>
        <source>Already being posted (by process %1 on %2).</source>
        <translation>Ya se está publicando (el proceso %1 en %2).</translation>
    </message>
    <message>
        <source>Already being posted.</source>
        <translation>Ya se está publicando.</translation>
    </message>
    <message>
        <source>The outcome of the last attempt is unknown: it may be on X already. Verify it first.</source>
        <translation>Se desconoce el resultado del último intento: puede que ya esté en X. Verifíquelo primero.</translation>
    </message>
    <message>
        <source>This tweet is disabled.</source>
        <translation>Este tuit está desactivado.</translation>
    </message>
    <message>
        <source>The tweet&apos;s images changed while they were uploading; nothing was sent.</source>
        <translation>Las imágenes del tuit cambiaron mientras se subían; no se envió nada.</translation>
    </message>
    <message>
        <source>X stopped posting for this account: its usage cap is reached. Posting resumes after you raise the cap on X and clear the stop in EpisodeDesk.</source>
        <translation>X detuvo las publicaciones de esta cuenta: se alcanzó su límite de uso. La publicación se reanudará cuando aumente el límite en X y quite la detención en EpisodeDesk.</translation>
    </message>
    <message>
        <source>X&apos;s posting limit for this account is reached; posting resumes at %1.</source>
        <translation>Se alcanzó el límite de publicaciones de X para esta cuenta; la publicación se reanudará el %1.</translation>
    </message>
    <message>
        <source>Another attempt claimed this tweet first.</source>
        <translation>Otro intento se adjudicó este tuit antes.</translation>
    </message>
    <message>
        <source>The tweet changed while it was being verified; nothing was settled.</source>
        <translation>El tuit cambió mientras se verificaba; no se resolvió nada.</translation>
    </message>
    <message>
        <source>Verified: this attempt was not the one X published.</source>
        <translation>Verificado: este intento no es el que publicó X.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::Scheduler</name>
    <message>
        <source>Waiting for X&apos;s limit — resumes %1</source>
        <translation>Esperando al límite de X: se reanuda a las %1</translation>
    </message>
    <message>
        <source>Trying again at %1: %2</source>
        <translation>Nuevo intento a las %1: %2</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::SecretStore</name>
    <message>
        <source>%1 (The keychain said: %2)</source>
        <translation>%1 (Mensaje del llavero: %2)</translation>
    </message>
    <message>
        <source>No X keys are stored for this account. Enter them in the account&apos;s settings.</source>
        <translation>No hay claves de X guardadas para esta cuenta. Introdúzcalas en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>No keychain is available. EpisodeDesk keeps X keys only in the system keychain (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager); start one and try again.</source>
        <translation>No hay ningún llavero disponible. EpisodeDesk guarda las claves de X únicamente en el llavero del sistema (GNOME Keyring, KWallet, Llavero de macOS o Administrador de credenciales de Windows); inicie uno e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (for example in your keyring manager, or by logging out and in again) and try again.</source>
        <translation>El llavero del sistema está bloqueado. Desbloquéelo (por ejemplo, en el gestor de llaveros o cerrando la sesión y volviendo a iniciarla) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>EpisodeDesk was not allowed to use the system keychain. Allow access when your system asks, then try again.</source>
        <translation>EpisodeDesk no obtuvo permiso para usar el llavero del sistema. Permita el acceso cuando el sistema lo solicite e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The system keychain could not complete the request. Try again; if it keeps failing, check your keychain application.</source>
        <translation>El llavero del sistema no pudo completar la solicitud. Inténtelo de nuevo; si sigue fallando, revise la aplicación de llavero.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::TweetTableModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>Posted %1 as %2</source>
        <translation>Publicado el %1 como %2</translation>
    </message>
    <message>
        <source>Sandbox account: posts only to the test server inside EpisodeDesk</source>
        <translation>Cuenta Sandbox: publica solo en el servidor de pruebas integrado en EpisodeDesk</translation>
    </message>
    <message>
        <source>Template: %1
%2/%3 as X counts it</source>
        <translation>Plantilla: %1
%2/%3 según el recuento de X</translation>
    </message>
    <message>
        <source>1 image:</source>
        <translation>1 imagen:</translation>
    </message>
    <message>
        <source>%1 images:</source>
        <translation>%1 imágenes:</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>no alt text</source>
        <translation>sin texto alternativo</translation>
    </message>
    <message>
        <source>alt: “%1”</source>
        <translation>texto alternativo: «%1»</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
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
        <translation>No existe el tuit %1.</translation>
    </message>
    <message>
        <source>Already posted.</source>
        <translation>Ya publicado.</translation>
    </message>
    <message>
        <source>This tweet is being posted right now; wait for X&apos;s answer.</source>
        <translation>Este tuit se está publicando en este momento; espere la respuesta de X.</translation>
    </message>
    <message>
        <source>Nothing to verify: this tweet is %1, not unknown.</source>
        <translation>No hay nada que verificar: el estado de este tuit es «%1», no «desconocido».</translation>
    </message>
    <message>
        <source>The attempt to verify or its account is missing from the database.</source>
        <translation>El intento que se quiere verificar o su cuenta no están en la base de datos.</translation>
    </message>
    <message>
        <source>The Sandbox server is not running; cannot verify.</source>
        <translation>El servidor Sandbox no está en funcionamiento; no se puede verificar.</translation>
    </message>
    <message>
        <source>Could not ask X who this account is: %1</source>
        <translation>No se pudo preguntar a X qué cuenta es esta: %1</translation>
    </message>
    <message>
        <source>Could not read the account&apos;s posts on X: %1</source>
        <translation>No se pudieron leer las publicaciones de la cuenta en X: %1</translation>
    </message>
    <message>
        <source>The tweet was settled meanwhile: it is %1.</source>
        <translation>Mientras tanto, el tuit se resolvió: su estado es «%1».</translation>
    </message>
    <message>
        <source>Verified: it is on X.</source>
        <translation>Verificado: está en X.</translation>
    </message>
    <message>
        <source>The account posted more than EpisodeDesk reads (%1 pages) around this attempt; it cannot rule out that it is among them. Check the account on X.</source>
        <translation>La cuenta publicó más de lo que EpisodeDesk lee (%1 páginas) en torno a este intento; no se puede descartar que esté entre esas publicaciones. Revise la cuenta en X.</translation>
    </message>
    <message>
        <source>X listed a post like this one without saying where its links lead, so EpisodeDesk cannot tell whether it is this tweet. It will ask again later.</source>
        <translation>X mostró una publicación similar a esta sin indicar adónde llevan sus enlaces, así que EpisodeDesk no puede saber si es este tuit. Volverá a preguntar más tarde.</translation>
    </message>
    <message>
        <source>X refused this text as a duplicate, and the post with this text belongs to another tweet. Check the account on X.</source>
        <translation>X rechazó este texto por duplicado, y la publicación con este texto pertenece a otro tuit. Revise la cuenta en X.</translation>
    </message>
    <message>
        <source>X refused this text as a duplicate: the same text is on X already. Check the account on X.</source>
        <translation>X rechazó este texto por duplicado: el mismo texto ya está en X. Revise la cuenta en X.</translation>
    </message>
    <message>
        <source>Not on X yet. X can take a moment to list new posts; EpisodeDesk verifies again by itself after %1.</source>
        <translation>Todavía no está en X. X puede tardar un poco en mostrar las publicaciones nuevas; EpisodeDesk volverá a verificarlo automáticamente a partir del %1.</translation>
    </message>
    <message>
        <source>Verified not published: X has no such post.</source>
        <translation>Verificado que no se publicó: X no tiene esa publicación.</translation>
    </message>
    <message>
        <source>The tweet was settled meanwhile: it no longer exists.</source>
        <translation>Mientras tanto, el tuit se resolvió: ya no existe.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::XClient</name>
    <message>
        <source>Not sent: this account has no valid sign-in with X on this computer. Sign in again.</source>
        <translation>No enviado: esta cuenta no tiene un inicio de sesión válido con X en este equipo. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Not sent: a post takes 1 to 4 uploaded images, and these could not be used.</source>
        <translation>No enviado: una publicación admite de 1 a 4 imágenes subidas, y estas no se pudieron usar.</translation>
    </message>
    <message>
        <source>The account has no valid X user id.</source>
        <translation>La cuenta no tiene un ID de usuario de X válido.</translation>
    </message>
    <message>
        <source>X&apos;s page token for the account&apos;s posts could not be used.</source>
        <translation>No se pudo usar el token de página de X para las publicaciones de la cuenta.</translation>
    </message>
    <message>
        <source>Not sent: its time ran out before it could leave this computer. Nothing was published.</source>
        <translation>No enviado: se agotó su tiempo antes de que pudiera salir de este equipo. No se publicó nada.</translation>
    </message>
    <message>
        <source>Not sent: the image is empty.</source>
        <translation>No enviado: la imagen está vacía.</translation>
    </message>
    <message>
        <source>Not sent: X takes JPEG, PNG, WebP or GIF images only.</source>
        <translation>No enviado: X solo admite imágenes JPEG, PNG, WebP o GIF.</translation>
    </message>
    <message>
        <source>X could not process the GIF; it was not attached.</source>
        <translation>X no pudo procesar el GIF; no se adjuntó.</translation>
    </message>
    <message>
        <source>X was still processing the GIF when its time ran out.</source>
        <translation>X todavía estaba procesando el GIF cuando se agotó su tiempo.</translation>
    </message>
    <message>
        <source>Not sent: the image has no valid X media id.</source>
        <translation>No enviado: la imagen no tiene un ID de medio de X válido.</translation>
    </message>
    <message>
        <source>Not sent: X takes alt text of at most %1 characters.</source>
        <translation>No enviado: X admite un texto alternativo de %1 caracteres como máximo.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::XResponse</name>
    <message>
        <source>X did not answer in time; the post may have been published. Verify before sending it again.</source>
        <translation>X no respondió a tiempo; puede que la publicación ya esté en X. Verifíquelo antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>Could not reach X in time; nothing was sent.</source>
        <translation>No se pudo contactar con X a tiempo; no se envió nada.</translation>
    </message>
    <message>
        <source>The connection to X broke after the request was sent; the post may have been published. Verify before sending it again.</source>
        <translation>La conexión con X se interrumpió después de enviar la solicitud; puede que la publicación ya esté en X. Verifíquelo antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>Could not connect to X (connection refused); nothing was sent.</source>
        <translation>No se pudo conectar con X (conexión rechazada); no se envió nada.</translation>
    </message>
    <message>
        <source>Could not find X&apos;s server address; nothing was sent.</source>
        <translation>No se encontró la dirección del servidor de X; no se envió nada.</translation>
    </message>
    <message>
        <source>The secure connection to X failed; nothing was sent.</source>
        <translation>Falló la conexión segura con X; no se envió nada.</translation>
    </message>
    <message>
        <source>The network proxy refused the connection; nothing was sent.</source>
        <translation>El proxy de red rechazó la conexión; no se envió nada.</translation>
    </message>
    <message>
        <source>EpisodeDesk sends keys only over https (or http on this computer); nothing was sent.</source>
        <translation>EpisodeDesk solo envía claves por https (o por http en este ordenador); no se envió nada.</translation>
    </message>
    <message>
        <source>The request was cancelled before it was sent.</source>
        <translation>La solicitud se canceló antes de enviarse.</translation>
    </message>
    <message>
        <source>A network error stopped the request before it was sent.</source>
        <translation>Un error de red detuvo la solicitud antes de enviarla.</translation>
    </message>
    <message>
        <source>%1 X says: &quot;%2&quot;</source>
        <translation>%1 X dice: «%2»</translation>
    </message>
    <message>
        <source>X refused the request as invalid (HTTP 400).</source>
        <translation>X rechazó la solicitud por no ser válida (HTTP 400).</translation>
    </message>
    <message>
        <source>X did not accept the account&apos;s keys (HTTP 401). Check the keys and the computer&apos;s clock.</source>
        <translation>X no aceptó las claves de la cuenta (HTTP 401). Compruebe las claves y el reloj del ordenador.</translation>
    </message>
    <message>
        <source>X does not allow this account to do this (HTTP 403).</source>
        <translation>X no permite que esta cuenta haga esto (HTTP 403).</translation>
    </message>
    <message>
        <source>The X API usage cap is used up (HTTP 429); retrying will not help until the cap is raised or renewed.</source>
        <translation>Se ha agotado el límite de uso de la API de X (HTTP 429); reintentar no servirá de nada hasta que el límite se amplíe o se renueve.</translation>
    </message>
    <message>
        <source>X&apos;s rate limit was reached (HTTP 429); it resets at %1 UTC.</source>
        <translation>Se alcanzó el límite de frecuencia de X (HTTP 429); se restablece a las %1 UTC.</translation>
    </message>
    <message>
        <source>X&apos;s rate limit was reached (HTTP 429); try again later.</source>
        <translation>Se alcanzó el límite de frecuencia de X (HTTP 429); inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>X had a server error (HTTP %1).</source>
        <translation>Error del servidor de X (HTTP %1).</translation>
    </message>
    <message>
        <source>X refused the request (HTTP %1).</source>
        <translation>X rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>X answered with a redirect (HTTP %1), which EpisodeDesk does not follow.</source>
        <translation>X respondió con una redirección (HTTP %1), que EpisodeDesk no sigue.</translation>
    </message>
    <message>
        <source>X gave an unexpected answer (HTTP %1).</source>
        <translation>X dio una respuesta inesperada (HTTP %1).</translation>
    </message>
    <message>
        <source>The post may have been published. Verify before sending it again.</source>
        <translation>Es posible que la publicación ya esté en X. Verifíquelo antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>Published on X.</source>
        <translation>Publicado en X.</translation>
    </message>
    <message>
        <source>X accepted the post (HTTP 201) but its answer was too large to read.</source>
        <translation>X aceptó la publicación (HTTP 201), pero su respuesta era demasiado grande para leerla.</translation>
    </message>
    <message>
        <source>X accepted the post (HTTP 201) but its answer had no readable post id.</source>
        <translation>X aceptó la publicación (HTTP 201), pero su respuesta no contenía un ID de publicación legible.</translation>
    </message>
    <message>
        <source>X refused the text as a duplicate (HTTP 403); it is probably posted already. Verify before sending it again.</source>
        <translation>X rechazó el texto por duplicado (HTTP 403); probablemente ya esté publicado. Verifíquelo antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>X refused the post&apos;s images (HTTP 400): their upload has expired or X does not know it. Nothing was published; the images have to be uploaded again.</source>
        <translation>X rechazó las imágenes de la publicación (HTTP 400): su subida caducó o X no la reconoce. No se publicó nada; hay que volver a subir las imágenes.</translation>
    </message>
    <message>
        <source>X&apos;s answer about the account could not be read.</source>
        <translation>No se pudo leer la respuesta de X sobre la cuenta.</translation>
    </message>
    <message>
        <source>X&apos;s list of the account&apos;s posts could not be read.</source>
        <translation>No se pudo leer la lista de publicaciones de la cuenta que devolvió X.</translation>
    </message>
    <message>
        <source>The image could not be sent to X.</source>
        <translation>No se pudo enviar la imagen a X.</translation>
    </message>
    <message>
        <source>X did not answer in time while the image was being sent.</source>
        <translation>X no respondió a tiempo mientras se enviaba la imagen.</translation>
    </message>
    <message>
        <source>X accepted the image but its answer had no readable media id.</source>
        <translation>X aceptó la imagen, pero su respuesta no contenía un ID de medio legible.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::XSignIn</name>
    <message numerus="yes">
        <source>Nobody came back from X&apos;s sign-in page within %n minutes. Sign in again when you are ready.</source>
        <translation>
            <numerusform>Nadie volvió de la página de inicio de sesión de X en %n minuto. Vuelva a iniciar sesión cuando lo desee.</numerusform>
            <numerusform>Nadie volvió de la página de inicio de sesión de X en %n minutos. Vuelva a iniciar sesión cuando lo desee.</numerusform>
        </translation>
    </message>
    <message>
        <source>EpisodeDesk could not wait for X&apos;s answer: ports %1 on 127.0.0.1 are all in use. Close what uses them, or choose another port registered in your X app.</source>
        <translation>EpisodeDesk no pudo esperar la respuesta de X: los puertos %1 de 127.0.0.1 están todos en uso. Cierre lo que los esté usando o elija otro puerto registrado en su aplicación de X.</translation>
    </message>
    <message>
        <source>EpisodeDesk has X&apos;s answer. You can close this tab and go back to EpisodeDesk.</source>
        <translation>EpisodeDesk ya tiene la respuesta de X. Puede cerrar esta pestaña y volver a EpisodeDesk.</translation>
    </message>
    <message>
        <source>X did not accept the sign-in code: it expires 30 seconds after you approve, and works once. Sign in again.</source>
        <translation>X no aceptó el código de inicio de sesión: caduca 30 segundos después de la aprobación y solo funciona una vez. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>X refused the sign-in (%1). Check the Client ID of your X app and sign in again.</source>
        <translation>X rechazó el inicio de sesión (%1). Compruebe el Client ID de su aplicación de X y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>X&apos;s sign-in service did not answer (%1). Try again in a moment.</source>
        <translation>El servicio de inicio de sesión de X no respondió (%1). Inténtelo de nuevo dentro de un momento.</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>The answer that reached EpisodeDesk does not belong to this sign-in, so it was not used. Sign in again.</source>
        <translation>La respuesta que recibió EpisodeDesk no corresponde a este inicio de sesión, así que no se usó. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in was not approved on X&apos;s page. Nothing was changed.</source>
        <translation>El inicio de sesión no se aprobó en la página de X. No se cambió nada.</translation>
    </message>
    <message>
        <source>X&apos;s sign-in page answered with an error (%1). Sign in again.</source>
        <translation>La página de inicio de sesión de X respondió con un error (%1). Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>X&apos;s answer held no access token. Sign in again.</source>
        <translation>La respuesta de X no contenía ningún token de acceso. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Signed in, but X did not say which account it is (%1). Sign in again.</source>
        <translation>Sesión iniciada, pero X no indicó de qué cuenta se trata (%1). Vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::AccountDialog</name>
    <message>
        <source>Required, e.g. My Show</source>
        <translation>Obligatorio, p. ej., Mi programa</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Sandbox — posts to the local test server only</source>
        <translation>Sandbox: publica solo en el servidor de pruebas local</translation>
    </message>
    <message>
        <source>@yourshow</source>
        <translation>@miprograma</translation>
    </message>
    <message>
        <source>Where this account&apos;s posts are sent. Leave it at %1 unless you know you need another address.</source>
        <translation>Adónde se envían las publicaciones de esta cuenta. Déjelo en %1 a menos que sepa que necesita otra dirección.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>URL &amp;base de la API:</translation>
    </message>
    <message>
        <source>X&apos;s number for this account, filled in by Check connection</source>
        <translation>El número de X para esta cuenta; lo rellena Comprobar conexión</translation>
    </message>
    <message>
        <source>Sign in with X (recommended)</source>
        <translation>Iniciar sesión con X (recomendado)</translation>
    </message>
    <message>
        <source>Keys from X&apos;s developer portal</source>
        <translation>Claves del portal para desarrolladores de X</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Signs in:</source>
        <translation>Inicio de &amp;sesión:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>X user ID:</source>
        <translation>ID de usuario de X:</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>%1 (Sandbox — posts to the local test server only)</source>
        <translation>%1 (Sandbox: publica solo en el servidor de pruebas local)</translation>
    </message>
    <message>
        <source>X keys</source>
        <translation>Claves de X</translation>
    </message>
    <message>
        <source>The four keys of your app on X&apos;s developer site (Keys and tokens), with read and write access. EpisodeDesk keeps them in your system keychain, never in its database, and does not show them again.</source>
        <translation>Las cuatro claves de su aplicación en el sitio para desarrolladores de X (Keys and tokens), con acceso de lectura y escritura. EpisodeDesk las guarda en el llavero del sistema, nunca en su base de datos, y no vuelve a mostrarlas.</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Clave de consumidor</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Secreto de consumidor</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Access token secret</source>
        <translation>Secreto del token de acceso</translation>
    </message>
    <message>
        <source>&amp;Check Connection</source>
        <translation>&amp;Comprobar conexión</translation>
    </message>
    <message>
        <source>Ask X which account these keys belong to, and fill in its handle and user ID</source>
        <translation>Preguntar a X a qué cuenta pertenecen estas claves y rellenar su nombre de usuario e ID de usuario</translation>
    </message>
    <message>
        <source>Consumer &amp;key (API key):</source>
        <translation>C&amp;lave de consumidor (API key):</translation>
    </message>
    <message>
        <source>Consumer &amp;secret:</source>
        <translation>S&amp;ecreto de consumidor:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>T&amp;oken de acceso:</translation>
    </message>
    <message>
        <source>Access token s&amp;ecret:</source>
        <translation>Sec&amp;reto del token de acceso:</translation>
    </message>
    <message>
        <source>Looking for this account&apos;s sign-in in the keychain…</source>
        <translation>Buscando el inicio de sesión de esta cuenta en el llavero…</translation>
    </message>
    <message>
        <source>Signed in with X on this computer.</source>
        <translation>Sesión iniciada con X en este equipo.</translation>
    </message>
    <message>
        <source>Not signed in on this computer: sign in to post from it here.</source>
        <translation>No hay sesión iniciada en este equipo: inicie sesión para publicar desde aquí.</translation>
    </message>
    <message>
        <source>Enter your X app&apos;s Client ID, then sign in.</source>
        <translation>Introduzca el Client ID de su aplicación de X y, a continuación, inicie sesión.</translation>
    </message>
    <message>
        <source>Enter the four keys now, or save the account and add them later.</source>
        <translation>Introduzca ahora las cuatro claves, o guarde la cuenta y añádalas más tarde.</translation>
    </message>
    <message>
        <source>Looking for this account&apos;s keys in the keychain…</source>
        <translation>Buscando las claves de esta cuenta en el llavero…</translation>
    </message>
    <message>
        <source>Stored in the keychain (consumer key ending in …%1). Leave the fields empty to keep them.</source>
        <translation>Guardadas en el llavero (clave de consumidor terminada en …%1). Deje los campos vacíos para conservarlas.</translation>
    </message>
    <message>
        <source>Stored in the keychain. Leave the fields empty to keep them.</source>
        <translation>Guardadas en el llavero. Deje los campos vacíos para conservarlas.</translation>
    </message>
    <message>
        <source>No keys stored yet: enter the four keys to post from this account.</source>
        <translation>Aún no hay claves guardadas: introduzca las cuatro claves para publicar desde esta cuenta.</translation>
    </message>
    <message>
        <source>%1 You can still save the account&apos;s other settings.</source>
        <translation>%1 Aun así, puede guardar el resto de la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Cuenta nueva</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún no se conoce</translation>
    </message>
    <message>
        <source>Tweets go to EpisodeDesk&apos;s built-in test server and nowhere else: a safe way to try the whole workflow.</source>
        <translation>Los tuits van al servidor de pruebas integrado en EpisodeDesk y a ningún otro sitio: una forma segura de probar todo el flujo de trabajo.</translation>
    </message>
    <message>
        <source>Tweets are published on X for everyone to see.</source>
        <translation>Los tuits se publican en X y cualquiera puede verlos.</translation>
    </message>
    <message>
        <source>Enter all four keys, or none to keep the stored ones.</source>
        <translation>Introduzca las cuatro claves, o ninguna para conservar las guardadas.</translation>
    </message>
    <message>
        <source>Enter the four keys first.</source>
        <translation>Introduzca primero las cuatro claves.</translation>
    </message>
    <message>
        <source>Reading the keys from the keychain…</source>
        <translation>Leyendo las claves del llavero…</translation>
    </message>
    <message>
        <source>Asking X which account these keys belong to…</source>
        <translation>Preguntando a X a qué cuenta pertenecen estas claves…</translation>
    </message>
    <message>
        <source>X did not accept these keys: %1</source>
        <translation>X no aceptó estas claves: %1</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>No se pudo comprobar: %1</translation>
    </message>
    <message>
        <source>Connected: these keys post as @%1 (%2).</source>
        <translation>Conectado: estas claves publican como @%1 (%2).</translation>
    </message>
    <message>
        <source>Account Not Saved</source>
        <translation>Cuenta no guardada</translation>
    </message>
    <message>
        <source>The account could not be saved. %1</source>
        <translation>No se pudo guardar la cuenta. %1</translation>
    </message>
    <message>
        <source>Saving the keys in the keychain…</source>
        <translation>Guardando las claves en el llavero…</translation>
    </message>
    <message>
        <source>The account is saved, but its keys are not: %1</source>
        <translation>La cuenta se guardó, pero sus claves no: %1</translation>
    </message>
    <message>
        <source>Keys Not Saved</source>
        <translation>Claves no guardadas</translation>
    </message>
    <message>
        <source>The account is saved, but its keys could not be put in the keychain. %1</source>
        <translation>La cuenta se guardó, pero sus claves no se pudieron guardar en el llavero. %1</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>The accounts your tweets go out on.</source>
        <translation>Las cuentas en las que se publican sus tuits.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Resume &amp;Posting</source>
        <translation>Reanudar &amp;publicación</translation>
    </message>
    <message>
        <source>You raised the usage cap on X: let this account&apos;s tweets go out again</source>
        <translation>Ha aumentado el límite de uso en X: permitir que los tuits de esta cuenta vuelvan a publicarse</translation>
    </message>
    <message>
        <source>Add &amp;Keys…</source>
        <translation>Añadir &amp;claves…</translation>
    </message>
    <message>
        <source>Enter this account&apos;s X keys on this computer</source>
        <translation>Introducir las claves de X de esta cuenta en este equipo</translation>
    </message>
    <message>
        <source>What X billed this account this calendar month, at the prices in Preferences</source>
        <translation>Lo que X ha cobrado a esta cuenta en este mes natural, según los precios de Preferencias</translation>
    </message>
    <message>
        <source>%1 — sign in again</source>
        <translation>%1 — vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>This computer has no valid sign-in with X for this account (it was never signed in here, or X no longer accepts it). Its tweets are held until you sign in again: Edit… → Sign in with X.</source>
        <translation>Este equipo no tiene un inicio de sesión válido con X para esta cuenta (nunca se inició sesión aquí o X ya no lo acepta). Sus tuits quedan retenidos hasta que vuelva a iniciar sesión: Editar… → Iniciar sesión con X.</translation>
    </message>
    <message>
        <source>%1 — keys not on this computer</source>
        <translation>%1 — claves no disponibles en este equipo</translation>
    </message>
    <message>
        <source>This account&apos;s X keys are in another computer&apos;s keychain, not in this one&apos;s. Its tweets are posted from a computer that has them; to post from this one, add the keys here.</source>
        <translation>Las claves de X de esta cuenta están en el llavero de otro equipo, no en el de este. Sus tuits se publican desde un equipo que las tiene; para publicar desde este, añada aquí las claves.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This month&apos;s spend could not be read from the database.</source>
        <translation>No se pudo leer de la base de datos el gasto de este mes.</translation>
    </message>
    <message>
        <source>1 post</source>
        <translation>1 publicación</translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n publicación</numerusform>
            <numerusform>%n publicaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>1 read</source>
        <translation>1 lectura</translation>
    </message>
    <message numerus="yes">
        <source>%n reads</source>
        <translation>
            <numerusform>%n lectura</numerusform>
            <numerusform>%n lecturas</numerusform>
        </translation>
    </message>
    <message>
        <source>This month: %1, %2 · %3, %4</source>
        <translation>Este mes: %1, %2 · %3, %4</translation>
    </message>
    <message>
        <source>1 more post</source>
        <translation>1 publicación más</translation>
    </message>
    <message numerus="yes">
        <source>%n more posts</source>
        <translation>
            <numerusform>%n publicación más</numerusform>
            <numerusform>%n publicaciones más</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 may have been billed (outcome unknown), %2</source>
        <translation> · %1 con posible cobro (resultado desconocido), %2</translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation>&amp;Iniciar sesión de nuevo…</translation>
    </message>
    <message>
        <source>Sign in with X for this account on this computer</source>
        <translation>Iniciar sesión con X para esta cuenta en este equipo</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>¿Quitar la cuenta «%1»?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Account Not Removed</source>
        <translation>Cuenta no quitada</translation>
    </message>
    <message>
        <source>The account could not be removed. %1</source>
        <translation>No se pudo quitar la cuenta. %1</translation>
    </message>
    <message>
        <source>Account Archived</source>
        <translation>Cuenta archivada</translation>
    </message>
    <message>
        <source>Some tweets were written for this account, so it was archived to keep their record; it no longer shows in the list.</source>
        <translation>Se escribieron tuits para esta cuenta, así que se archivó para conservar su registro; ya no aparece en la lista.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::EpisodeDialog</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>The episode&apos;s number in the show, if it has one</source>
        <translation>El número del episodio en el programa, si tiene</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publicado el</translation>
    </message>
    <message>
        <source>https://example.com/episodes/12</source>
        <translation>https://example.com/episodes/12</translation>
    </message>
    <message>
        <source>Enter a web address such as https://example.com/episodes/12.</source>
        <translation>Introduzca una dirección web como https://example.com/episodes/12.</translation>
    </message>
    <message>
        <source>Guests, topics, anything you want to find again later</source>
        <translation>Invitados, temas, todo lo que quiera volver a encontrar más adelante</translation>
    </message>
    <message>
        <source>Use the feed&apos;s value</source>
        <translation>Usar el valor del feed</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>New Episode</source>
        <translation>Episodio nuevo</translation>
    </message>
    <message>
        <source>Edit Episode</source>
        <translation>Editar episodio</translation>
    </message>
    <message>
        <source>Add Episode</source>
        <translation>Añadir episodio</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>In the feed: %1</source>
        <translation>En el feed: %1</translation>
    </message>
    <message>
        <source>In the feed: no number</source>
        <translation>En el feed: sin número</translation>
    </message>
    <message>
        <source>In the feed: no date</source>
        <translation>En el feed: sin fecha</translation>
    </message>
    <message>
        <source>In the feed: no link</source>
        <translation>En el feed: sin enlace</translation>
    </message>
    <message>
        <source>With these details, 1 scheduled tweet of this episode would be too long: %1 It will be held, not posted, until it fits.</source>
        <translation>Con estos datos, 1 tuit programado de este episodio sería demasiado largo: %1 Quedará retenido, sin publicarse, hasta que quepa.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Scheduled Tweets Will Be Held</source>
        <translation>Los tuits programados quedarán retenidos</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Episode Not Saved</source>
        <translation>Episodio no guardado</translation>
    </message>
    <message>
        <source>The episode could not be saved. %1</source>
        <translation>No se pudo guardar el episodio. %1</translation>
    </message>
    <message numerus="yes">
        <source>With these details, %n scheduled tweets of this episode would be too long: %1 characters after filling in (X allows %2). They will be held, not posted, until they fit.</source>
        <translation>
            <numerusform>Con estos datos, %n tuit programado de este episodio sería demasiado largo: %1 caracteres tras rellenarlo (X admite %2). Quedará retenido, sin publicarse, hasta que quepa.</numerusform>
            <numerusform>Con estos datos, %n tuits programados de este episodio serían demasiado largos: %1 caracteres tras rellenarlos (X admite %2). Quedarán retenidos, sin publicarse, hasta que quepan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::EpisodeListPane</name>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Search titles, notes and tweets</source>
        <translation>Buscar en títulos, notas y tuits</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>Search episodes</source>
        <translation>Buscar episodios</translation>
    </message>
    <message>
        <source>Episode Not Found</source>
        <translation>Episodio no encontrado</translation>
    </message>
    <message>
        <source>Episode added.</source>
        <translation>Episodio añadido.</translation>
    </message>
    <message>
        <source>Episode saved.</source>
        <translation>Episodio guardado.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the episode “%1” and its %n tweets?</source>
        <translation>
            <numerusform>¿Eliminar el episodio «%1» y su %n tuit?</numerusform>
            <numerusform>¿Eliminar el episodio «%1» y sus %n tuits?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the episode “%1”?</source>
        <translation>¿Eliminar el episodio «%1»?</translation>
    </message>
    <message>
        <source>Delete the episode “%1” and its tweet?</source>
        <translation>¿Eliminar el episodio «%1» y su tuit?</translation>
    </message>
    <message>
        <source>Delete Episode</source>
        <translation>Eliminar episodio</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Episode Not Deleted</source>
        <translation>Episodio no eliminado</translation>
    </message>
    <message>
        <source>The episode could not be deleted. %1</source>
        <translation>No se pudo eliminar el episodio. %1</translation>
    </message>
    <message>
        <source>Episode Archived</source>
        <translation>Episodio archivado</translation>
    </message>
    <message>
        <source>Tweets of this episode were already sent to X (or may have been), so the episode was archived to keep the record; it no longer shows in the list.</source>
        <translation>Los tuits de este episodio ya se enviaron a X (o es posible que se enviaran), así que el episodio se archivó para conservar el registro; ya no aparece en la lista.</translation>
    </message>
    <message>
        <source>Episode deleted. It is still in your show&apos;s feed; refreshing the feed will not bring it back or announce it.</source>
        <translation>Episodio eliminado. Sigue estando en el feed del programa; al actualizar el feed no volverá a aparecer ni se anunciará.</translation>
    </message>
    <message>
        <source>Episode deleted.</source>
        <translation>Episodio eliminado.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::FeedImportDialog</name>
    <message>
        <source>Import from Feed</source>
        <translation>Importar desde feed</translation>
    </message>
    <message>
        <source>The address of your show&apos;s RSS feed, as your podcast host shows it. Its episodes are added here, and later refreshes add the new ones; nothing is announced for the episodes already in the feed.</source>
        <translation>La dirección del feed RSS del programa, tal como la muestra su servicio de alojamiento de pódcast. Sus episodios se añaden aquí y las actualizaciones posteriores añaden los nuevos; no se anuncia nada de los episodios que ya están en el feed.</translation>
    </message>
    <message>
        <source>https://feeds.example.com/yourshow.xml</source>
        <translation>https://feeds.example.com/yourshow.xml</translation>
    </message>
    <message>
        <source>Feed &amp;address:</source>
        <translation>&amp;Dirección del feed:</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>The feed has not changed since it was last read.</source>
        <translation>El feed no ha cambiado desde la última vez que se leyó.</translation>
    </message>
    <message>
        <source>1 episode added</source>
        <translation>1 episodio añadido</translation>
    </message>
    <message numerus="yes">
        <source>%n episodes added</source>
        <translation>
            <numerusform>%n episodio añadido</numerusform>
            <numerusform>%n episodios añadidos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 announcement made</source>
        <translation>1 anuncio realizado</translation>
    </message>
    <message numerus="yes">
        <source>%n announcements made</source>
        <translation>
            <numerusform>%n anuncio realizado</numerusform>
            <numerusform>%n anuncios realizados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 updated, %3 unchanged, %4 no longer in the feed; %5.</source>
        <translation>%1, %2 actualizados, %3 sin cambios, %4 ya no están en el feed; %5.</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Deteniendo la importación…</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Se canceló la importación; no se importó nada.</translation>
    </message>
    <message>
        <source>The feed could not be imported; nothing was changed.</source>
        <translation>No se pudo importar el feed; no se cambió nada.</translation>
    </message>
    <message>
        <source>Reading the feed…</source>
        <translation>Leyendo el feed…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::HistoryDialog</name>
    <message>
        <source>Tweet History</source>
        <translation>Historial del tuit</translation>
    </message>
    <message>
        <source>Attempts to post this tweet, newest first</source>
        <translation>Intentos de publicar este tuit, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Post ID</source>
        <translation>ID de publicación</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>No attempts yet: this tweet has never been sent.</source>
        <translation>Aún no hay intentos: este tuit nunca se ha enviado.</translation>
    </message>
    <message>
        <source>&amp;Open on X</source>
        <translation>&amp;Abrir en X</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Ask X whether the last attempt was published</source>
        <translation>Preguntar a X si se publicó el último intento</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Post it again: the last attempt definitely did not reach X</source>
        <translation>Volver a publicarlo: el último intento no llegó a X con toda seguridad</translation>
    </message>
    <message>
        <source>This tweet no longer exists.</source>
        <translation>Este tuit ya no existe.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Tal como se escribió: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>Account: removed account</source>
        <translation>Cuenta: cuenta eliminada</translation>
    </message>
    <message>
        <source>Found on X by Verify after an unclear answer</source>
        <translation>Encontrado en X por Verificar tras una respuesta poco clara</translation>
    </message>
    <message>
        <source>waiting for X</source>
        <translation>esperando a X</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>no alt text</source>
        <translation>sin texto alternativo</translation>
    </message>
    <message>
        <source>%1, media %2</source>
        <translation>%1, medio %2</translation>
    </message>
    <message>
        <source>Text sent: %1</source>
        <translation>Texto enviado: %1</translation>
    </message>
    <message>
        <source>On the local Sandbox server only, not on X</source>
        <translation>Solo en el servidor Sandbox local, no en X</translation>
    </message>
    <message>
        <source>No HTTP answer arrived</source>
        <translation>No llegó ninguna respuesta HTTP</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sent with media ids from X:
%1</source>
        <translation>Enviado con los ID de medios de X:
%1</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::ImageStrip</name>
    <message>
        <source>No images. Add up to 4 (or one GIF): choose files, drop them here, paste one (Ctrl+V) or use the episode&apos;s artwork.</source>
        <translation>No hay imágenes. Añada hasta 4 (o un GIF): elija archivos, suéltelos aquí, pegue una (Ctrl+V) o use la carátula del episodio.</translation>
    </message>
    <message>
        <source>Add &amp;Image…</source>
        <translation>Añadir &amp;imagen…</translation>
    </message>
    <message>
        <source>JPEG, PNG, WebP or GIF. An image over X&apos;s 5 MB is re-encoded to fit; the original is kept.</source>
        <translation>JPEG, PNG, WebP o GIF. Una imagen que supere los 5 MB de X se recodifica para que quepa; se conserva la original.</translation>
    </message>
    <message>
        <source>Use Episode &amp;Artwork</source>
        <translation>Usar la &amp;carátula del episodio</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>Add Images</source>
        <translation>Añadir imágenes</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>Imagen pegada.png</translation>
    </message>
    <message>
        <source>Episode artwork</source>
        <translation>Carátula del episodio</translation>
    </message>
    <message>
        <source>“%1” was not added. %2</source>
        <translation>No se añadió «%1». %2</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>No se pudo leer «%1».</translation>
    </message>
    <message>
        <source>“%1” could not be kept with the tweet.</source>
        <translation>No se pudo conservar «%1» con el tuit.</translation>
    </message>
    <message>
        <source>“%1” is already on this tweet.</source>
        <translation>«%1» ya está en este tuit.</translation>
    </message>
    <message>
        <source>“%1” was re-encoded as %2 %3×%4 to fit X&apos;s 5 MB; the original is kept.</source>
        <translation>«%1» se recodificó como %2 de %3×%4 para no superar los 5 MB de X; se conserva la original.</translation>
    </message>
    <message>
        <source>Alt text: what the image shows, for people who cannot see it</source>
        <translation>Texto alternativo: lo que muestra la imagen, para quienes no pueden verla</translation>
    </message>
    <message>
        <source>X takes up to %1 characters of alt text per image.</source>
        <translation>X admite hasta %1 caracteres de texto alternativo por imagen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Alt text of image %1</source>
        <translation>Texto alternativo de la imagen %1</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>Quitar la imagen %1</translation>
    </message>
    <message>
        <source>⚠ Sent without alt text.</source>
        <translation>⚠ Enviada sin texto alternativo.</translation>
    </message>
    <message>
        <source>⚠ No alt text: people using screen readers will not know what this image shows.</source>
        <translation>⚠ Sin texto alternativo: las personas que usan lectores de pantalla no sabrán qué muestra esta imagen.</translation>
    </message>
    <message>
        <source>Re-encoded as %1 %2×%3 to fit X&apos;s 5 MB; the original is kept.</source>
        <translation>Recodificada como %1 de %2×%3 para no superar los 5 MB de X; se conserva la original.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Imagen %1: %2</translation>
    </message>
    <message>
        <source>No images.</source>
        <translation>No hay imágenes.</translation>
    </message>
    <message>
        <source>Download the episode&apos;s artwork (%1) and add it</source>
        <translation>Descargar la carátula del episodio (%1) y añadirla</translation>
    </message>
    <message>
        <source>This episode has no artwork: its feed names no image for it or for the show.</source>
        <translation>Este episodio no tiene carátula: su feed no indica ninguna imagen para él ni para el programa.</translation>
    </message>
    <message>
        <source>Checking “%1”…</source>
        <translation>Comprobando «%1»…</translation>
    </message>
    <message numerus="yes">
        <source>The alt text of image %1 is too long by %n characters: X takes up to %2.</source>
        <translation>
            <numerusform>El texto alternativo de la imagen %1 supera el límite en %n carácter: X admite hasta %2.</numerusform>
            <numerusform>El texto alternativo de la imagen %1 supera el límite en %n caracteres: X admite hasta %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n characters: X takes up to %1.</source>
        <translation>
            <numerusform>Supera el límite en %n carácter: X admite hasta %1.</numerusform>
            <numerusform>Supera el límite en %n caracteres: X admite hasta %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::MainWindow</name>
    <message>
        <source>Posting a scheduled tweet…</source>
        <translation>Publicando un tuit programado…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>E&amp;pisode</source>
        <translation>E&amp;pisodio</translation>
    </message>
    <message>
        <source>&amp;Tweet</source>
        <translation>&amp;Tuit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>More toolbar commands</source>
        <translation>Más órdenes de la barra de herramientas</translation>
    </message>
    <message>
        <source>That tweet no longer exists.</source>
        <translation>Ese tuit ya no existe.</translation>
    </message>
    <message>
        <source>That tweet is not in the list.</source>
        <translation>Ese tuit no está en la lista.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>EpisodeDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de EpisodeDesk (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Database Not Opened</source>
        <translation>Base de datos no abierta</translation>
    </message>
    <message>
        <source>%1

This window still shows %2.</source>
        <translation>%1

Esta ventana sigue mostrando %2.</translation>
    </message>
    <message>
        <source>Connected to the team database again.</source>
        <translation>Conectado de nuevo a la base de datos del equipo.</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to the team database… (trying every %n s)</source>
        <translation>
            <numerusform>Reconectando con la base de datos del equipo… (reintento cada %n s)</numerusform>
            <numerusform>Reconectando con la base de datos del equipo… (reintento cada %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The lists show what was last read from %1. They catch up once it is reachable again.</source>
        <translation>Las listas muestran lo último que se leyó de %1. Se pondrán al día en cuanto vuelva a estar accesible.</translation>
    </message>
    <message>
        <source>Posts Still Waiting</source>
        <translation>Publicaciones aún en espera</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Salir de todos modos</translation>
    </message>
    <message numerus="yes">
        <source>X has not answered %n posts yet. If you quit now, they show as unknown next time and have to be verified before they can be posted again.</source>
        <translation>
            <numerusform>X aún no ha respondido a %n publicación. Si sale ahora, la próxima vez aparecerá como desconocida y habrá que verificarla antes de poder publicarla de nuevo.</numerusform>
            <numerusform>X aún no ha respondido a %n publicaciones. Si sale ahora, la próxima vez aparecerán como desconocidas y habrá que verificarlas antes de poder publicarlas de nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::NextWakeLabel</name>
    <message>
        <source>Scheduled posts are not being sent: %1</source>
        <translation>Las publicaciones programadas no se están enviando: %1</translation>
    </message>
    <message>
        <source>Next scheduled post: %1</source>
        <translation>Próxima publicación programada: %1</translation>
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
        <translation>una cuenta eliminada</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::PostConfirmDialog</name>
    <message>
        <source>Post to the Sandbox?</source>
        <translation>¿Publicar en el Sandbox?</translation>
    </message>
    <message>
        <source>Post to X?</source>
        <translation>¿Publicar en X?</translation>
    </message>
    <message>
        <source>This text goes to the Sandbox server inside EpisodeDesk; nothing leaves this computer.</source>
        <translation>Este texto va al servidor Sandbox integrado en EpisodeDesk; nada sale de este equipo.</translation>
    </message>
    <message>
        <source>This text will be published on X now. A post can&apos;t be taken back from here.</source>
        <translation>Este texto se publicará ahora en X. Una publicación no se puede retirar desde aquí.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again (turn it back on in the Tweet menu)</source>
        <translation>&amp;No volver a preguntar (se puede reactivar en el menú Tuit)</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>This post costs nothing: it goes to the Sandbox, not to X.</source>
        <translation>Esta publicación no cuesta nada: va al Sandbox, no a X.</translation>
    </message>
    <message>
        <source>This post costs %1: it contains a link (X&apos;s prices of %2).</source>
        <translation>Esta publicación cuesta %1: contiene un enlace (precios de X del %2).</translation>
    </message>
    <message>
        <source>This post costs %1: it has no link (X&apos;s prices of %2).</source>
        <translation>Esta publicación cuesta %1: no tiene enlace (precios de X del %2).</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::PostController</name>
    <message>
        <source>Posting is not available in this window.</source>
        <translation>La publicación no está disponible en esta ventana.</translation>
    </message>
    <message>
        <source>Already posted.</source>
        <translation>Ya publicado.</translation>
    </message>
    <message>
        <source>Being posted now.</source>
        <translation>Publicándose ahora.</translation>
    </message>
    <message>
        <source>Verify it first: the last attempt may have reached X.</source>
        <translation>Verifíquelo primero: es posible que el último intento haya llegado a X.</translation>
    </message>
    <message>
        <source>This tweet is disabled.</source>
        <translation>Este tuit está desactivado.</translation>
    </message>
    <message>
        <source>X&apos;s usage cap stopped posting on this account; resume posting once the cap is raised on X.</source>
        <translation>El límite de uso de X detuvo las publicaciones de esta cuenta; reanude la publicación cuando se haya aumentado el límite en X.</translation>
    </message>
    <message>
        <source>Removed account</source>
        <translation>Cuenta eliminada</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <source>Being posted now</source>
        <translation>Publicándose ahora</translation>
    </message>
    <message>
        <source>Its answer from X shows here when it comes; nothing more was sent.</source>
        <translation>Su respuesta de X aparecerá aquí cuando llegue; no se envió nada más.</translation>
    </message>
    <message>
        <source>Asking X whether it was published…</source>
        <translation>Preguntando a X si se publicó…</translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation>Esperando su confirmación…</translation>
    </message>
    <message>
        <source>Posting… waiting for X&apos;s answer.</source>
        <translation>Publicando… esperando la respuesta de X.</translation>
    </message>
    <message>
        <source>Resume Posting</source>
        <translation>Reanudar publicación</translation>
    </message>
    <message>
        <source>Did you raise the usage cap on X for “%1”? Then its tweets can go out again: scheduled ones that are due now are posted right away, the others at their time.</source>
        <translation>¿Ha aumentado el límite de uso en X para «%1»? Entonces sus tuits pueden volver a publicarse: los programados que ya tocan se publican de inmediato y los demás, a su hora.</translation>
    </message>
    <message>
        <source>Posting Not Resumed</source>
        <translation>Publicación no reanudada</translation>
    </message>
    <message>
        <source>The account could not be resumed. %1</source>
        <translation>No se pudo reanudar la cuenta. %1</translation>
    </message>
    <message>
        <source>Posting resumed on %1.</source>
        <translation>Se reanudó la publicación en %1.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Grace period in minutes</source>
        <translation>Periodo de gracia en minutos</translation>
    </message>
    <message>
        <source>When EpisodeDesk was closed or the computer asleep at a tweet&apos;s time, the tweet still goes out if it is at most this late. Later than that it is marked missed and waits for you. Every window and the background scheduler on this database use this setting.</source>
        <translation>Si EpisodeDesk estaba cerrado o el equipo en reposo a la hora de un tuit, el tuit se publica igualmente si no se ha retrasado más de este tiempo. Si el retraso es mayor, se marca como vencido y queda a la espera. Todas las ventanas y el programador en segundo plano de esta base de datos usan este ajuste.</translation>
    </message>
    <message>
        <source>Scheduled posts</source>
        <translation>Publicaciones programadas</translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation>Periodo de &amp;gracia:</translation>
    </message>
    <message>
        <source>&amp;Ask before posting (show the exact text and account first)</source>
        <translation>Pregunt&amp;ar antes de publicar (mostrar primero el texto exacto y la cuenta)</translation>
    </message>
    <message>
        <source>Post now</source>
        <translation>Publicar ahora</translation>
    </message>
    <message>
        <source>What X charges</source>
        <translation>Lo que cobra X</translation>
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
        <translation>&amp;Publicación:</translation>
    </message>
    <message>
        <source>Price of a post in US dollars</source>
        <translation>Precio de una publicación en dólares estadounidenses</translation>
    </message>
    <message>
        <source>Post with a &amp;link:</source>
        <translation>Publicación con en&amp;lace:</translation>
    </message>
    <message>
        <source>Price of a post with a link in US dollars</source>
        <translation>Precio de una publicación con enlace en dólares estadounidenses</translation>
    </message>
    <message>
        <source>&amp;Read, per post:</source>
        <translation>Lectu&amp;ra, por publicación:</translation>
    </message>
    <message>
        <source>Price of reading a post in US dollars</source>
        <translation>Precio de leer una publicación en dólares estadounidenses</translation>
    </message>
    <message>
        <source>Read of the account&apos;s &amp;own posts:</source>
        <translation>Lectura de publicaciones pr&amp;opias de la cuenta:</translation>
    </message>
    <message>
        <source>Price of reading one of the account&apos;s own posts in US dollars</source>
        <translation>Precio de leer una de las publicaciones propias de la cuenta, en dólares estadounidenses</translation>
    </message>
    <message>
        <source>Read on &amp;X&apos;s page on:</source>
        <translation>Consultados en la página de &amp;X el:</translation>
    </message>
    <message>
        <source>X bills every post; EpisodeDesk also reads the account&apos;s posts to verify one whose outcome is unknown. Prices change: check &lt;a href=&quot;%1&quot;&gt;X&apos;s pricing page&lt;/a&gt; and enter what it says.</source>
        <translation>X cobra cada publicación; EpisodeDesk también lee las publicaciones de la cuenta para verificar aquella cuyo resultado se desconoce. Los precios cambian: consulte &lt;a href=&quot;%1&quot;&gt;la página de precios de X&lt;/a&gt; e introduzca lo que indique.</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Restablecer &amp;valores predeterminados</translation>
    </message>
    <message>
        <source>X&apos;s prices of 2026, as EpisodeDesk shipped them</source>
        <translation>Precios de X de 2026, tal como se incluyeron en EpisodeDesk</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>No se han guardado las preferencias</translation>
    </message>
    <message>
        <source>Enter each price as an amount in US dollars, such as 0.015, up to %1. Not an amount: %2.</source>
        <translation>Introduzca cada precio como un importe en dólares estadounidenses, por ejemplo 0.015, de hasta %1. Valores no válidos: %2.</translation>
    </message>
    <message>
        <source>The preferences could not be saved. %1</source>
        <translation>No se han podido guardar las preferencias. %1</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::RescheduleDialog</name>
    <message>
        <source>Reschedule Tweet</source>
        <translation>Reprogramar tuit</translation>
    </message>
    <message>
        <source>Schedule Tweet</source>
        <translation>Programar tuit</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>no programado</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>Nueva hora</translation>
    </message>
    <message>
        <source>In your time zone, %1.</source>
        <translation>En su zona horaria, %1.</translation>
    </message>
    <message>
        <source>Tweet:</source>
        <translation>Tuit:</translation>
    </message>
    <message>
        <source>Was due:</source>
        <translation>Hora prevista:</translation>
    </message>
    <message>
        <source>&amp;New time:</source>
        <translation>&amp;Nueva hora:</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Reprogramar</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Programar</translation>
    </message>
    <message>
        <source>Pick a time in the future.</source>
        <translation>Elija una hora en el futuro.</translation>
    </message>
    <message>
        <source>Not Rescheduled</source>
        <translation>No se ha reprogramado</translation>
    </message>
    <message>
        <source>The new time could not be saved. %1</source>
        <translation>No se ha podido guardar la nueva hora. %1</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::ScheduleNotifier</name>
    <message>
        <source>Scheduled tweet posted</source>
        <translation>Tuit programado publicado</translation>
    </message>
    <message>
        <source>On %1, to the local Sandbox server only (not X): “%2”</source>
        <translation>En %1, solo en el servidor Sandbox local (no en X): «%2»</translation>
    </message>
    <message>
        <source>On %1: “%2”</source>
        <translation>En %1: «%2»</translation>
    </message>
    <message>
        <source>Scheduled tweet not posted</source>
        <translation>Tuit programado no publicado</translation>
    </message>
    <message>
        <source>“%1” on %2: %3</source>
        <translation>«%1» en %2: %3</translation>
    </message>
    <message>
        <source>EpisodeDesk tries again at %1.</source>
        <translation>EpisodeDesk lo volverá a intentar a las %1.</translation>
    </message>
    <message>
        <source>Open it to retry.</source>
        <translation>Ábralo para reintentarlo.</translation>
    </message>
    <message>
        <source>Scheduled tweet: outcome unknown</source>
        <translation>Tuit programado: resultado desconocido</translation>
    </message>
    <message>
        <source>X may have published “%1” on %2. Verify it before it is sent again.</source>
        <translation>Es posible que X haya publicado «%1» en %2. Verifíquelo antes de que se vuelva a enviar.</translation>
    </message>
    <message>
        <source>Scheduled tweet not sent</source>
        <translation>Tuit programado no enviado</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Scheduled tweet missed</source>
        <translation>Tuit programado no publicado a tiempo</translation>
    </message>
    <message>
        <source>“%1” on %2 was due %3 and was not posted late. Post it now or reschedule it.</source>
        <translation>«%1» en %2 estaba previsto para %3 y no se ha publicado con retraso. Publíquelo ahora o reprográmelo.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>%1 were not posted late. Post them now or reschedule them.</source>
        <translation>%1 no se han publicado con retraso. Publíquelos ahora o reprográmelos.</translation>
    </message>
    <message>
        <source>Posting stopped on %1</source>
        <translation>Publicación detenida en %1</translation>
    </message>
    <message>
        <source>X&apos;s usage cap is reached, so scheduled tweets wait. Raise the cap on X, then choose Resume posting in EpisodeDesk.</source>
        <translation>Se ha alcanzado el límite de uso de X, así que los tuits programados esperan. Aumente el límite en X y, después, elija «Reanudar publicaciones» en EpisodeDesk.</translation>
    </message>
    <message>
        <source>X said: %1 %2</source>
        <translation>X ha indicado: %1 %2</translation>
    </message>
    <message>
        <source>Scheduled tweet held</source>
        <translation>Tuit programado retenido</translation>
    </message>
    <message>
        <source>“%1” on %2 is not posted until you change it: %3</source>
        <translation>«%1» en %2 no se publicará hasta que lo modifique: %3</translation>
    </message>
    <message>
        <source>Tweet %1</source>
        <translation>Tuit %1</translation>
    </message>
    <message>
        <source>its account</source>
        <translation>su cuenta</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled tweets missed</source>
        <translation>
            <numerusform>%n tuit programado no publicado a tiempo</numerusform>
            <numerusform>%n tuits programados no publicados a tiempo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::SignInSection</name>
    <message>
        <source>Sign in with X</source>
        <translation>Iniciar sesión con X</translation>
    </message>
    <message>
        <source>From your app&apos;s “Keys and tokens” page on developer.x.com</source>
        <translation>En la página «Keys and tokens» de su aplicación en developer.x.com</translation>
    </message>
    <message>
        <source>The OAuth 2.0 Client ID of your X app. It is not a secret; EpisodeDesk keeps it with the account.</source>
        <translation>El ID de cliente de OAuth 2.0 de su aplicación de X. No es un secreto; EpisodeDesk lo guarda junto con la cuenta.</translation>
    </message>
    <message>
        <source>In your X app&apos;s User authentication settings choose “Native App” and add these callback addresses: %1. Then sign in here; your browser opens X&apos;s page.</source>
        <translation>En la configuración «User authentication settings» de su aplicación de X, elija «Native App» y añada estas direcciones de retorno: %1. Después, inicie sesión aquí; su navegador abrirá la página de X.</translation>
    </message>
    <message>
        <source>Sign in with &amp;X…</source>
        <translation>Iniciar sesión con &amp;X…</translation>
    </message>
    <message>
        <source>Stop Waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message>
        <source>Address of X&apos;s sign-in page</source>
        <translation>Dirección de la página de inicio de sesión de X</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Waiting for X… Approve EpisodeDesk in your browser, then come back here.</source>
        <translation>Esperando a X… Autorice EpisodeDesk en su navegador y vuelva aquí.</translation>
    </message>
    <message>
        <source>Your browser did not open. Open this address in it to sign in:</source>
        <translation>No se ha abierto el navegador. Abra en él esta dirección para iniciar sesión:</translation>
    </message>
    <message>
        <source>Signed in as @%1. Save the account to keep the sign-in in this computer&apos;s keychain.</source>
        <translation>Sesión iniciada como @%1. Guarde la cuenta para conservar el inicio de sesión en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Iniciando la sesión…</translation>
    </message>
    <message>
        <source>Sign in &amp;Again…</source>
        <translation>&amp;Volver a iniciar sesión…</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::TeamDatabaseDialog</name>
    <message>
        <source>Open Team Database</source>
        <translation>Abrir base de datos del equipo</translation>
    </message>
    <message>
        <source>A team database lives on a PostgreSQL server that everyone on the show can reach. Ask whoever set it up for these details.</source>
        <translation>Una base de datos del equipo se aloja en un servidor PostgreSQL al que puede acceder todo el equipo del programa. Pida estos datos a quien la haya configurado.</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>myshow</source>
        <translation>miprograma</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>su nombre de usuario en el servidor</translation>
    </message>
    <message>
        <source>sslmode=require</source>
        <translation>sslmode=require</translation>
    </message>
    <message>
        <source>libpq connection options, such as sslmode=require, separated by &amp;</source>
        <translation>Opciones de conexión de libpq, como sslmode=require, separadas por &amp;</translation>
    </message>
    <message>
        <source>Optional: kept in this computer&apos;s keychain</source>
        <translation>Opcional: se guarda en el llavero de este equipo</translation>
    </message>
    <message>
        <source>Leave empty when ~/.pgpass has it, or when the keychain already keeps it</source>
        <translation>Déjelo vacío si la contraseña ya figura en ~/.pgpass o si el llavero ya la guarda</translation>
    </message>
    <message>
        <source>The same database on the command line: episodedesk --db ADDRESS</source>
        <translation>La misma base de datos en la línea de comandos: episodedesk --db ADDRESS</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Opciones:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Enter the server and the database.</source>
        <translation>Introduzca el servidor y la base de datos.</translation>
    </message>
    <message>
        <source>A password does not belong in the options, where it would end up in the address. Enter it in the Password field (kept in this computer&apos;s keychain) or in ~/.pgpass.</source>
        <translation>La contraseña no debe ir en las opciones, porque acabaría en la dirección. Introdúzcala en el campo Contraseña (se guarda en el llavero de este equipo) o en ~/.pgpass.</translation>
    </message>
    <message>
        <source>Write each option as name=value, such as sslmode=require.</source>
        <translation>Escriba cada opción como nombre=valor, por ejemplo sslmode=require.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Password Not Kept</source>
        <translation>No se ha guardado la contraseña</translation>
    </message>
    <message>
        <source>The team database is open, but this computer&apos;s keychain did not keep its password, so it will be asked for again next time. %1</source>
        <translation>La base de datos del equipo está abierta, pero el llavero de este equipo no ha guardado su contraseña, así que se volverá a pedir la próxima vez. %1</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::TemplateDialog</name>
    <message>
        <source>New Announcement</source>
        <translation>Nuevo anuncio</translation>
    </message>
    <message>
        <source>Each new episode a feed refresh finds gets one tweet with this text.</source>
        <translation>Cada episodio nuevo que encuentre una actualización del feed recibe un tuit con este texto.</translation>
    </message>
    <message>
        <source>For example: New episode {number}: {title} {url}</source>
        <translation>Por ejemplo: Nuevo episodio {number}: {title} {url}</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Counted the way X counts, with the placeholders filled in for the episode shown in the preview. Another episode&apos;s title may be longer.</source>
        <translation>Contado como lo cuenta X, con los marcadores sustituidos por los datos del episodio de la vista previa. El título de otro episodio puede ser más largo.</translation>
    </message>
    <message>
        <source>Preview: the text as it would be posted for this episode</source>
        <translation>Vista previa: el texto tal como se publicaría para este episodio</translation>
    </message>
    <message>
        <source>Episode %1: %2</source>
        <translation>Episodio %1: %2</translation>
    </message>
    <message>
        <source>Filled in for “%1”.</source>
        <translation>Con los datos de «%1».</translation>
    </message>
    <message>
        <source>&amp;Scheduled</source>
        <translation>&amp;Programado</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes after the publication time (negative: before)</source>
        <translation>Minutos después de la hora de publicación (negativo: antes)</translation>
    </message>
    <message>
        <source>after publication</source>
        <translation>después de la publicación</translation>
    </message>
    <message>
        <source>&amp;Left pending for me to review and post</source>
        <translation>Pendiente hasta que yo lo &amp;revise y publique</translation>
    </message>
    <message>
        <source>A tweet whose time is already past when its episode is found is left pending too: EpisodeDesk never posts late unasked.</source>
        <translation>Un tuit cuya hora ya ha pasado cuando se encuentra su episodio también queda pendiente: EpisodeDesk nunca publica con retraso sin que se le pida.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>As posted:</source>
        <translation>Tal como se publicará:</translation>
    </message>
    <message>
        <source>Posted:</source>
        <translation>Publicación:</translation>
    </message>
    <message>
        <source>Add Announcement</source>
        <translation>Añadir anuncio</translation>
    </message>
    <message>
        <source>Your next episode</source>
        <translation>Su próximo episodio</translation>
    </message>
    <message>
        <source>Announcement Not Added</source>
        <translation>No se ha añadido el anuncio</translation>
    </message>
    <message>
        <source>For this episode it is %1 characters, more than X&apos;s %2: a tweet that does not fit is held, not posted.</source>
        <translation>Para este episodio tiene %1 caracteres, más que los %2 de X: un tuit que no cabe queda retenido y no se publica.</translation>
    </message>
    <message>
        <source>%1 is not a placeholder EpisodeDesk knows; it would be posted as typed.</source>
        <translation>%1 no es un marcador que EpisodeDesk conozca; se publicaría tal como está escrito.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::TemplatesDialog</name>
    <message>
        <source>Announcements</source>
        <translation>Anuncios</translation>
    </message>
    <message>
        <source>When a feed refresh finds a new episode, each announcement below becomes one tweet of it. Episodes already in the feed when it was imported are never announced.</source>
        <translation>Cuando una actualización del feed encuentra un episodio nuevo, cada anuncio de la lista se convierte en un tuit de ese episodio. Los episodios que ya estaban en el feed al importarlo nunca se anuncian.</translation>
    </message>
    <message>
        <source>No announcements yet. Add one to have new episodes announce themselves.</source>
        <translation>Aún no hay anuncios. Añada uno para que los episodios nuevos se anuncien solos.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>left pending for review</source>
        <translation>pendiente de revisión</translation>
    </message>
    <message>
        <source>at the episode&apos;s publication time</source>
        <translation>a la hora de publicación del episodio</translation>
    </message>
    <message numerus="yes">
        <source>%n min after the episode&apos;s publication time</source>
        <translation>
            <numerusform>%n min después de la hora de publicación del episodio</numerusform>
            <numerusform>%n min después de la hora de publicación del episodio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min before the episode&apos;s publication time</source>
        <translation>
            <numerusform>%n min antes de la hora de publicación del episodio</numerusform>
            <numerusform>%n min antes de la hora de publicación del episodio</numerusform>
        </translation>
    </message>
    <message>
        <source>The announcements could not be read from the database.</source>
        <translation>No se han podido leer los anuncios de la base de datos.</translation>
    </message>
    <message>
        <source>Removed account</source>
        <translation>Cuenta eliminada</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>An announcement is posted on one of your accounts: add an account first.</source>
        <translation>Los anuncios se publican en una de sus cuentas: añada primero una cuenta.</translation>
    </message>
    <message>
        <source>Remove Announcement</source>
        <translation>Quitar anuncio</translation>
    </message>
    <message>
        <source>Stop announcing new episodes with “%1”? The tweets it already made stay as they are.</source>
        <translation>¿Dejar de anunciar episodios nuevos con «%1»? Los tuits que ya ha creado se quedan como están.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::TweetDialog</name>
    <message>
        <source>Episode %1: %2</source>
        <translation>Episodio %1: %2</translation>
    </message>
    <message>
        <source>Episode: %1</source>
        <translation>Episodio: %1</translation>
    </message>
    <message>
        <source>For example: New episode {number}: {title} {url}</source>
        <translation>Por ejemplo: Nuevo episodio {number}: {title} {url}</translation>
    </message>
    <message>
        <source>Counted the way X counts: every link as 23 characters, most emoji and Chinese, Japanese or Korean characters as 2. Placeholders such as {title} count as what they will be replaced with.</source>
        <translation>Contado como lo cuenta X: cada enlace como 23 caracteres y la mayoría de los emojis y de los caracteres chinos, japoneses o coreanos como 2. Los marcadores como {title} cuentan como el texto por el que se sustituirán.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Preview: the text as it will be posted</source>
        <translation>Vista previa: el texto tal como se publicará</translation>
    </message>
    <message>
        <source>The text as it will be posted shows here, with {title}, {url}, … filled in.</source>
        <translation>Aquí se muestra el texto tal como se publicará, con {title}, {url}, … sustituidos.</translation>
    </message>
    <message>
        <source>Post at a set time:</source>
        <translation>Publicar a una hora determinada:</translation>
    </message>
    <message>
        <source>Times are in your time zone, %1.</source>
        <translation>Las horas están en su zona horaria, %1.</translation>
    </message>
    <message>
        <source>&amp;Enabled — uncheck to keep this tweet from being posted</source>
        <translation>&amp;Activado — desmárquelo para que este tuit no se publique</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>As posted:</source>
        <translation>Tal como se publicará:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>This tweet was posted on %1, so it can no longer be changed.</source>
        <translation>Este tuit se publicó el %1, así que ya no se puede modificar.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;See it on X&lt;/a&gt;.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Verlo en X&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>This tweet is being posted right now, so it can&apos;t be changed.</source>
        <translation>Este tuit se está publicando en este momento, así que no se puede modificar.</translation>
    </message>
    <message>
        <source>EpisodeDesk can&apos;t tell yet whether this tweet reached X. So that it is never posted twice, it can&apos;t be changed until that has been checked.</source>
        <translation>EpisodeDesk aún no sabe si este tuit ha llegado a X. Para que nunca se publique dos veces, no se puede modificar hasta que se haya comprobado.</translation>
    </message>
    <message>
        <source>New Tweet</source>
        <translation>Nuevo tuit</translation>
    </message>
    <message>
        <source>Edit Tweet</source>
        <translation>Editar tuit</translation>
    </message>
    <message>
        <source>Add Tweet</source>
        <translation>Añadir tuit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Removed account</source>
        <translation>Cuenta eliminada</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Imágenes:</translation>
    </message>
    <message>
        <source>View Tweet</source>
        <translation>Ver tuit</translation>
    </message>
    <message>
        <source>Too long by 1 character.</source>
        <translation>Sobra 1 carácter.</translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n characters.</source>
        <translation>
            <numerusform>Sobra %n carácter.</numerusform>
            <numerusform>Sobran %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved like this, it is held at its time: not posted until it fits.</source>
        <translation>Si se guarda así, quedará retenido a su hora: no se publicará hasta que quepa.</translation>
    </message>
    <message>
        <source>X would refuse this text: it contains a character X does not accept.</source>
        <translation>X rechazaría este texto: contiene un carácter que X no acepta.</translation>
    </message>
    <message>
        <source>%1 is not a placeholder EpisodeDesk knows; it would be posted as typed.</source>
        <translation>%1 no es un marcador que EpisodeDesk conozca; se publicaría tal como está escrito.</translation>
    </message>
    <message>
        <source>%1 is empty because the episode does not have it yet.</source>
        <translation>%1 está vacío porque el episodio aún no tiene ese dato.</translation>
    </message>
    <message>
        <source>Save a Tweet That Will Be Held?</source>
        <translation>¿Guardar un tuit que quedará retenido?</translation>
    </message>
    <message>
        <source>%1

Saved like this, the scheduled tweet is not posted at its time: EpisodeDesk holds it until you shorten it or the episode&apos;s details.</source>
        <translation>%1

Si se guarda así, el tuit programado no se publicará a su hora: EpisodeDesk lo retiene hasta que lo acorte o modifique los datos del episodio.</translation>
    </message>
    <message>
        <source>Save and Hold</source>
        <translation>Guardar y retener</translation>
    </message>
    <message>
        <source>Tweet Not Saved</source>
        <translation>No se ha guardado el tuit</translation>
    </message>
    <message>
        <source>The tweet could not be saved. %1</source>
        <translation>No se ha podido guardar el tuit. %1</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>Insert a placeholder that is filled in with the episode&apos;s details when posting</source>
        <translation>Insertar un marcador que se sustituye por los datos del episodio al publicar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::TweetEditor</name>
    <message>
        <source>No Account Yet</source>
        <translation>Aún no hay ninguna cuenta</translation>
    </message>
    <message>
        <source>A tweet goes out on an account. Add the account first, then the tweet.</source>
        <translation>Un tuit se publica en una cuenta. Añada primero la cuenta y después el tuit.</translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation>Añadir cuenta…</translation>
    </message>
    <message>
        <source>Tweet Not Found</source>
        <translation>No se ha encontrado el tuit</translation>
    </message>
    <message>
        <source>Its text was saved, but not its images. %1</source>
        <translation>Se ha guardado su texto, pero no sus imágenes. %1</translation>
    </message>
    <message>
        <source>Tweet added.</source>
        <translation>Tuit añadido.</translation>
    </message>
    <message>
        <source>Tweet saved.</source>
        <translation>Tuit guardado.</translation>
    </message>
    <message>
        <source>Delete Tweet</source>
        <translation>Eliminar tuit</translation>
    </message>
    <message>
        <source>Delete this tweet?

“%1”</source>
        <translation>¿Eliminar este tuit?

«%1»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Tweet Not Deleted</source>
        <translation>No se ha eliminado el tuit</translation>
    </message>
    <message>
        <source>The tweet could not be deleted. %1</source>
        <translation>No se ha podido eliminar el tuit. %1</translation>
    </message>
    <message>
        <source>Tweet Archived</source>
        <translation>Tuit archivado</translation>
    </message>
    <message>
        <source>This tweet was already posted, so it was archived to keep the record; it no longer shows in the list.</source>
        <translation>Este tuit ya se había publicado, así que se ha archivado para conservar el registro; ya no aparece en la lista.</translation>
    </message>
    <message>
        <source>This tweet was already sent to X once (or may have been), so it was archived to keep the record; it no longer shows in the list.</source>
        <translation>Este tuit ya se envió a X una vez (o puede que se enviara), así que se ha archivado para conservar el registro; ya no aparece en la lista.</translation>
    </message>
    <message>
        <source>Tweet deleted.</source>
        <translation>Tuit eliminado.</translation>
    </message>
    <message>
        <source>Rescheduled for %1.</source>
        <translation>Reprogramado para el %1.</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::TweetPane</name>
    <message>
        <source>What X said about this account&apos;s posts with its last answer. X allows a number of posts per 15 minutes and per 24 hours.</source>
        <translation>Lo que X indicó sobre las publicaciones de esta cuenta en su última respuesta. X permite un número determinado de publicaciones cada 15 minutos y cada 24 horas.</translation>
    </message>
    <message>
        <source>Tweets of the selected episode</source>
        <translation>Tuits del episodio seleccionado</translation>
    </message>
    <message>
        <source>Show only the tweets in one state</source>
        <translation>Mostrar solo los tuits en un estado</translation>
    </message>
    <message>
        <source>Show tweets in state</source>
        <translation>Mostrar tuits en el estado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Open on X</source>
        <translation>Abrir en X</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reprogramar…</translation>
    </message>
    <message>
        <source>Post Now</source>
        <translation>Publicar ahora</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>Reprogra&amp;mar…</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>Progra&amp;mar…</translation>
    </message>
    <message>
        <source>View T&amp;weet…</source>
        <translation>Ve&amp;r tuit…</translation>
    </message>
    <message>
        <source>Edit T&amp;weet…</source>
        <translation>&amp;Editar tuit…</translation>
    </message>
    <message>
        <source>&amp;Retry Post</source>
        <translation>&amp;Reintentar publicación</translation>
    </message>
    <message>
        <source>&amp;Post Now</source>
        <translation>&amp;Publicar ahora</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry post</source>
        <translation>Reintentar publicación</translation>
    </message>
    <message>
        <source>Post now</source>
        <translation>Publicar ahora</translation>
    </message>
    <message>
        <source>Waiting for the answer about this tweet</source>
        <translation>Esperando la respuesta sobre este tuit</translation>
    </message>
    <message>
        <source>Select a tweet to post</source>
        <translation>Seleccione un tuit para publicarlo</translation>
    </message>
    <message>
        <source>Publish this tweet on its account now (%1)</source>
        <translation>Publicar ahora este tuit en su cuenta (%1)</translation>
    </message>
    <message>
        <source>Image %1: no alt text</source>
        <translation>Imagen %1: sin texto alternativo</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Imagen %1: %2</translation>
    </message>
    <message>
        <source>Select a tweet to post it (%1), verify it or see its history.</source>
        <translation>Seleccione un tuit para publicarlo (%1), verificarlo o ver su historial.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tweets — select an episode to see its tweets</source>
        <translation>Tuits — seleccione un episodio para ver sus tuits</translation>
    </message>
    <message>
        <source>Tweets for “%1” — none yet. Add one with New Tweet (%2).</source>
        <translation>Tuits de «%1» — aún no hay ninguno. Añada uno con Nuevo tuit (%2).</translation>
    </message>
    <message>
        <source>Tweets for “%1”</source>
        <translation>Tuits de «%1»</translation>
    </message>
    <message>
        <source>Sandbox Post</source>
        <translation>Publicación en Sandbox</translation>
    </message>
    <message>
        <source>This tweet went to the local Sandbox server inside EpisodeDesk (post %1) and exists only there. Nothing was published on X, so there is no page to open.</source>
        <translation>Este tuit se envió al servidor Sandbox local integrado en EpisodeDesk (publicación %1) y solo existe allí. No se ha publicado nada en X, así que no hay ninguna página que abrir.</translation>
    </message>
    <message>
        <source>No Address</source>
        <translation>Sin dirección</translation>
    </message>
    <message>
        <source>X did not give an address for this post.</source>
        <translation>X no ha proporcionado ninguna dirección para esta publicación.</translation>
    </message>
    <message>
        <source>Could Not Open the Post</source>
        <translation>No se ha podido abrir la publicación</translation>
    </message>
    <message>
        <source>No web browser could be started. The post is at %1</source>
        <translation>No se ha podido iniciar ningún navegador web. La publicación está en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::WelcomePage</name>
    <message>
        <source>Welcome to EpisodeDesk</source>
        <translation>Le damos la bienvenida a EpisodeDesk</translation>
    </message>
    <message>
        <source>Keep your show&apos;s episodes and the tweets that announce them in one place. EpisodeDesk posts each tweet at most once, when you say so or at the time you choose.</source>
        <translation>Mantenga en un solo lugar los episodios de su programa y los tuits que los anuncian. EpisodeDesk publica cada tuit como máximo una vez, cuando usted lo indique o a la hora que elija.</translation>
    </message>
    <message>
        <source>1. Import your show from its RSS feed: its episodes come in, ready for the tweets that announce them.</source>
        <translation>1. Importe su programa desde su feed RSS: se añaden sus episodios, listos para los tuits que los anuncian.</translation>
    </message>
    <message>
        <source>Import from Feed…</source>
        <translation>Importar desde feed…</translation>
    </message>
    <message>
        <source>3. Or add an episode by hand, then write the tweets that announce it.</source>
        <translation>3. O añada un episodio a mano y escriba después los tuits que lo anuncian.</translation>
    </message>
    <message>
        <source>Add Episode…</source>
        <translation>Añadir episodio…</translation>
    </message>
    <message>
        <source>2. Add the X account your show posts from — or a Sandbox account, to try everything without posting anywhere.</source>
        <translation>2. Añada la cuenta de X desde la que publica su programa — o una cuenta Sandbox, para probarlo todo sin publicar en ningún sitio.</translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation>Añadir cuenta…</translation>
    </message>
    <message>
        <source>2. ✓ Ready to post on: %1.</source>
        <translation>2. ✓ Listo para publicar en: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Manage Accounts…</source>
        <translation>Gestionar cuentas…</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::WindowActions</name>
    <message>
        <source>&amp;New Episode…</source>
        <translation>&amp;Nuevo episodio…</translation>
    </message>
    <message>
        <source>Add an episode of your show</source>
        <translation>Añadir un episodio de su programa</translation>
    </message>
    <message>
        <source>&amp;Edit Episode…</source>
        <translation>&amp;Editar episodio…</translation>
    </message>
    <message>
        <source>Change the selected episode</source>
        <translation>Modificar el episodio seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete Episode</source>
        <translation>E&amp;liminar episodio</translation>
    </message>
    <message>
        <source>Delete the selected episode</source>
        <translation>Eliminar el episodio seleccionado</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search episode titles, notes and tweet texts</source>
        <translation>Buscar en los títulos y notas de los episodios y en los textos de los tuits</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <source>Add or change the accounts tweets go out on</source>
        <translation>Añadir o modificar las cuentas en las que se publican los tuits</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open another show&apos;s database file</source>
        <translation>Abrir el archivo de base de datos de otro programa</translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
        <translation>Abrir base de datos del &amp;equipo…</translation>
    </message>
    <message>
        <source>Open a show&apos;s database on a PostgreSQL server that your team shares</source>
        <translation>Abrir la base de datos de un programa en un servidor PostgreSQL que comparte su equipo</translation>
    </message>
    <message>
        <source>&amp;Import from Feed…</source>
        <translation>&amp;Importar desde feed…</translation>
    </message>
    <message>
        <source>Add your show&apos;s episodes from its RSS feed</source>
        <translation>Añadir los episodios de su programa desde su feed RSS</translation>
    </message>
    <message>
        <source>A&amp;nnouncements…</source>
        <translation>A&amp;nuncios…</translation>
    </message>
    <message>
        <source>The tweets every new episode of the feed gets by itself</source>
        <translation>Los tuits que recibe automáticamente cada episodio nuevo del feed</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>&amp;Borrar recientes</translation>
    </message>
    <message>
        <source>Forget the list of databases opened lately</source>
        <translation>Olvidar la lista de bases de datos abiertas recientemente</translation>
    </message>
    <message>
        <source>&amp;About EpisodeDesk</source>
        <translation>&amp;Acerca de EpisodeDesk</translation>
    </message>
    <message>
        <source>What EpisodeDesk is and which version this is</source>
        <translation>Qué es EpisodeDesk y qué versión es esta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close EpisodeDesk</source>
        <translation>Cerrar EpisodeDesk</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>The grace period of scheduled posts, and whether to ask before posting</source>
        <translation>El margen de tolerancia de las publicaciones programadas y si se debe preguntar antes de publicar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read everything from the database again</source>
        <translation>Volver a leer todo de la base de datos</translation>
    </message>
    <message>
        <source>New &amp;Tweet…</source>
        <translation>Nuevo &amp;tuit…</translation>
    </message>
    <message>
        <source>Write a tweet announcing the selected episode</source>
        <translation>Escribir un tuit que anuncie el episodio seleccionado</translation>
    </message>
    <message>
        <source>Edit T&amp;weet…</source>
        <translation>&amp;Editar tuit…</translation>
    </message>
    <message>
        <source>Change the selected tweet</source>
        <translation>Modificar el tuit seleccionado</translation>
    </message>
    <message>
        <source>De&amp;lete Tweet</source>
        <translation>E&amp;liminar tuit</translation>
    </message>
    <message>
        <source>Delete the selected tweet</source>
        <translation>Eliminar el tuit seleccionado</translation>
    </message>
    <message>
        <source>&amp;Post Now</source>
        <translation>&amp;Publicar ahora</translation>
    </message>
    <message>
        <source>Publish the selected tweet on its account now</source>
        <translation>Publicar ahora el tuit seleccionado en su cuenta</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>Reprogra&amp;mar…</translation>
    </message>
    <message>
        <source>Give the selected tweet a new time</source>
        <translation>Asignar una nueva hora al tuit seleccionado</translation>
    </message>
    <message>
        <source>Res&amp;ume Posting on This Account…</source>
        <translation>Reanudar publicaciones en esta c&amp;uenta…</translation>
    </message>
    <message>
        <source>You raised the usage cap on X: let this account&apos;s tweets go out again</source>
        <translation>Ha aumentado el límite de uso en X: permitir que los tuits de esta cuenta vuelvan a publicarse</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Ask X whether an unknown attempt was published</source>
        <translation>Preguntar a X si se publicó un intento con resultado desconocido</translation>
    </message>
    <message>
        <source>&amp;Open on X</source>
        <translation>&amp;Abrir en X</translation>
    </message>
    <message>
        <source>Open the posted tweet in your browser</source>
        <translation>Abrir el tuit publicado en el navegador</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Every attempt to post the selected tweet, and what came of it</source>
        <translation>Todos los intentos de publicar el tuit seleccionado y su resultado</translation>
    </message>
    <message>
        <source>&amp;Ask Before Posting</source>
        <translation>Pregu&amp;ntar antes de publicar</translation>
    </message>
    <message>
        <source>Show the exact text and account before each post</source>
        <translation>Mostrar el texto exacto y la cuenta antes de cada publicación</translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::WindowDialogs</name>
    <message>
        <source>Account saved.</source>
        <translation>Cuenta guardada.</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Keeps your podcast&apos;s episodes and the tweets that announce them, and posts each tweet to X at most once.&lt;/p&gt;&lt;p&gt;Sandbox accounts post only to a test server inside EpisodeDesk: nothing leaves this computer.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Database: %3&lt;br&gt;Built with Qt %4. Licensed under the GNU GPL, version 3 or later.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Guarda los episodios de su pódcast y los tuits que los anuncian, y publica cada tuit en X como máximo una vez.&lt;/p&gt;&lt;p&gt;Las cuentas Sandbox solo publican en un servidor de pruebas integrado en EpisodeDesk: nada sale de este equipo.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Base de datos: %3&lt;br&gt;Compilado con Qt %4. Publicado bajo la GNU GPL, versión 3 o posterior.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>The address returned a web page, not a feed. Copy the show&apos;s RSS feed address from your podcast host (it often ends in /feed, /rss or .xml).</source>
        <translation>La dirección ha devuelto una página web, no un feed. Copie la dirección del feed RSS del programa desde su proveedor de alojamiento de pódcast (a menudo termina en /feed, /rss o .xml).</translation>
    </message>
    <message>
        <source>The address returned RSS without a &lt;channel&gt;: it is not a podcast feed.</source>
        <translation>La dirección ha devuelto RSS sin &lt;channel&gt;: no es un feed de pódcast.</translation>
    </message>
    <message>
        <source>The feed declares its own XML entities, which podcast feeds never need; it was not read (entities can make a small file expand to gigabytes).</source>
        <translation>El feed declara sus propias entidades XML, que los feeds de pódcast nunca necesitan; no se ha leído (las entidades pueden hacer que un archivo pequeño ocupe gigabytes).</translation>
    </message>
    <message>
        <source>The address returned an Atom feed. Podcast apps read RSS: use the show&apos;s RSS feed address (your host shows it as &quot;RSS feed&quot;).</source>
        <translation>La dirección ha devuelto un feed Atom. Las aplicaciones de pódcast leen RSS: use la dirección del feed RSS del programa (su proveedor de alojamiento la muestra como «RSS feed»).</translation>
    </message>
    <message>
        <source>The address returned an XML document that is not an RSS feed (it starts with &lt;%1&gt;).</source>
        <translation>La dirección ha devuelto un documento XML que no es un feed RSS (empieza por &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The feed is not valid XML at line %1, column %2: %3</source>
        <translation>El feed no es XML válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Episode of %1</source>
        <translation>Episodio de %1</translation>
    </message>
    <message>
        <source>Untitled episode</source>
        <translation>Episodio sin título</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with neither a guid nor an enclosure were skipped: nothing identifies them from one refresh to the next.</source>
        <translation>
            <numerusform>Se ha omitido %n elemento sin guid ni archivo adjunto: nada lo identifica de una actualización a otra.</numerusform>
            <numerusform>Se han omitido %n elementos sin guid ni archivo adjunto: nada los identifica de una actualización a otra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) repeat the guid of an earlier one and were skipped (first: %1).</source>
        <translation>
            <numerusform>%n elemento repite el guid de otro anterior y se ha omitido (el primero: %1).</numerusform>
            <numerusform>%n elementos repiten el guid de otro anterior y se han omitido (el primero: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no title; they are named after their audio file.</source>
        <translation>
            <numerusform>%n elemento no tiene título; se le ha dado el nombre de su archivo de audio.</numerusform>
            <numerusform>%n elementos no tienen título; se les ha dado el nombre de su archivo de audio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have a publication date that could not be read; it was left empty.</source>
        <translation>
            <numerusform>%n elemento tiene una fecha de publicación que no se ha podido leer; se ha dejado vacía.</numerusform>
            <numerusform>%n elementos tienen una fecha de publicación que no se ha podido leer; se ha dejado vacía.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address returned nothing: an empty document is not a feed.</source>
        <translation>La dirección no ha devuelto nada: un documento vacío no es un feed.</translation>
    </message>
    <message>
        <source>The address returned something that is not a feed (it does not start like XML).</source>
        <translation>La dirección ha devuelto algo que no es un feed (no empieza como un documento XML).</translation>
    </message>
</context>
<context>
    <name>FeedStore</name>
    <message>
        <source>The database is busy with another write; the feed was not applied. Try again in a moment.</source>
        <translation>La base de datos está ocupada con otra escritura; no se ha aplicado el feed. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation>No se puede escribir en la base de datos: %1</translation>
    </message>
    <message>
        <source>The feed could not be saved (nothing was changed): %1</source>
        <translation>No se ha podido guardar el feed (no se ha modificado nada): %1</translation>
    </message>
    <message>
        <source>This show already follows the feed %1. EpisodeDesk follows one feed per show: refresh that one, or use another database for this show.</source>
        <translation>Este programa ya sigue el feed %1. EpisodeDesk sigue un feed por programa: actualice ese feed o use otra base de datos para este programa.</translation>
    </message>
    <message>
        <source>This show has no feed yet: import it first (File → Import from Feed…, or episodedesk feed import URL).</source>
        <translation>Este programa aún no tiene feed: impórtelo primero (Archivo → Importar desde feed…, o episodedesk feed import URL).</translation>
    </message>
    <message>
        <source>The feed no longer lists %1 of the %2 episodes EpisodeDesk knows by their guid, and lists %3 new ones instead: the host has probably changed every episode&apos;s guid. Nothing was changed. If these are the same episodes, refresh matching them by their audio file (--match-by enclosure) or by title (--match-by title); nothing will be announced for episodes matched that way.</source>
        <translation>El feed ya no incluye %1 de los %2 episodios que EpisodeDesk conoce por su guid y, en cambio, incluye %3 nuevos: probablemente el proveedor de alojamiento ha cambiado el guid de todos los episodios. No se ha modificado nada. Si son los mismos episodios, actualice emparejándolos por su archivo de audio (--match-by enclosure) o por su título (--match-by title); no se anunciará nada para los episodios emparejados de esta forma.</translation>
    </message>
</context>
<context>
    <name>FeedUpdate</name>
    <message>
        <source>The feed has moved permanently to %1; EpisodeDesk follows it there now.</source>
        <translation>El feed se ha trasladado de forma permanente a %1; EpisodeDesk lo sigue ahora allí.</translation>
    </message>
    <message>
        <source>The show announced a new feed address, %1; EpisodeDesk follows it there now.</source>
        <translation>El programa ha anunciado una nueva dirección de feed, %1; EpisodeDesk lo sigue ahora allí.</translation>
    </message>
    <message>
        <source>The show announces a new feed address, %1, but no feed could be read there (%2). EpisodeDesk stays with the current address.</source>
        <translation>El programa anuncia una nueva dirección de feed, %1, pero no se ha podido leer ningún feed allí (%2). EpisodeDesk sigue usando la dirección actual.</translation>
    </message>
    <message>
        <source>This show has no feed yet: import it first (File → Import from Feed…, or episodedesk feed import URL).</source>
        <translation>Este programa aún no tiene feed: impórtelo primero (Archivo → Importar desde feed…, o episodedesk feed import URL).</translation>
    </message>
</context>
<context>
    <name>ImagePrep</name>
    <message>
        <source>The image</source>
        <translation>La imagen</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 no contiene datos.</translation>
    </message>
    <message>
        <source>%1 is not an image EpisodeDesk can read.</source>
        <translation>%1 no es una imagen que EpisodeDesk pueda leer.</translation>
    </message>
    <message>
        <source>%1 is a %2 image; X takes JPEG, PNG, WebP and GIF.</source>
        <translation>%1 es una imagen %2; X acepta JPEG, PNG, WebP y GIF.</translation>
    </message>
    <message>
        <source>%1 is cut short (the file ends before the image does). Copy or download it again.</source>
        <translation>%1 termina antes de lo debido (el archivo acaba antes que la imagen). Vuelva a copiar o descargar el archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: it may be damaged. Open it in an image editor and save it again.</source>
        <translation>%1 no se puede leer como imagen: puede que el archivo esté dañado. Ábralo en un editor de imágenes y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>%1 is a GIF of %2; X takes GIFs up to %3.</source>
        <translation>%1 es un GIF de %2; X acepta GIF de hasta %3.</translation>
    </message>
    <message>
        <source>%1 (%2) is larger than X takes, and could not be made smaller.</source>
        <translation>%1 (%2) supera el tamaño que acepta X y no se ha podido reducir.</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>No se ha podido abrir «%1».</translation>
    </message>
    <message>
        <source>“%1” is %2; EpisodeDesk takes images up to %3.</source>
        <translation>«%1» ocupa %2; EpisodeDesk acepta imágenes de hasta %3.</translation>
    </message>
    <message>
        <source>Could not read all of “%1”.</source>
        <translation>No se ha podido leer «%1» por completo.</translation>
    </message>
</context>
<context>
    <name>MediaBlobs</name>
    <message>
        <source>The image changed while it was being stored; nothing was kept.</source>
        <translation>La imagen ha cambiado mientras se guardaba; no se ha conservado nada.</translation>
    </message>
    <message>
        <source>This database has no folder to keep images in.</source>
        <translation>Esta base de datos no tiene ninguna carpeta en la que guardar imágenes.</translation>
    </message>
    <message>
        <source>Could not create the folder for images, %1.</source>
        <translation>No se ha podido crear la carpeta de imágenes, %1.</translation>
    </message>
    <message>
        <source>Could not save the image in %1 (is the disk full?).</source>
        <translation>No se ha podido guardar la imagen en %1 (¿está lleno el disco?).</translation>
    </message>
    <message>
        <source>The image is missing from the team database.</source>
        <translation>Falta la imagen en la base de datos del equipo.</translation>
    </message>
    <message>
        <source>The image %1 is missing from %2.</source>
        <translation>Falta la imagen %1 en %2.</translation>
    </message>
    <message>
        <source>The image %1 was changed or damaged on disk.</source>
        <translation>La imagen %1 se ha modificado o dañado en el disco.</translation>
    </message>
    <message>
        <source>The image %1 was changed or damaged in the team database.</source>
        <translation>La imagen %1 se ha modificado o dañado en la base de datos del equipo.</translation>
    </message>
</context>
<context>
    <name>MediaStore</name>
    <message>
        <source>The image %1 is not in this database.</source>
        <translation>La imagen %1 no está en esta base de datos.</translation>
    </message>
    <message>
        <source>Image %1 (%2) is missing from the team database; add it again or remove it.</source>
        <translation>Falta la imagen %1 (%2) en la base de datos del equipo; vuelva a añadirla o quítela.</translation>
    </message>
    <message>
        <source>Image %1 (%2) is missing from the media folder; add it again or remove it.</source>
        <translation>Falta la imagen %1 (%2) en la carpeta de medios; vuelva a añadirla o quítela.</translation>
    </message>
    <message>
        <source>Image %1 (%2) was changed or damaged since it was added; add it again or remove it.</source>
        <translation>La imagen %1 (%2) se ha modificado o dañado desde que se añadió; vuelva a añadirla o quítela.</translation>
    </message>
    <message>
        <source>“%1” could not be kept with the tweet: %2</source>
        <translation>No se ha podido guardar «%1» con el tuit: %2</translation>
    </message>
    <message>
        <source>“%1” could not be kept with the tweet: the database could not be opened a second time.</source>
        <translation>No se ha podido guardar «%1» con el tuit: no se ha podido abrir la base de datos una segunda vez.</translation>
    </message>
</context>
<context>
    <name>MediaUploader</name>
    <message>
        <source>Image %1 could not be uploaded to X, so nothing was posted: %2</source>
        <translation>No se ha podido subir la imagen %1 a X, así que no se ha publicado nada: %2</translation>
    </message>
    <message>
        <source>X did not take the alt text of image %1, so nothing was posted: %2</source>
        <translation>X no ha aceptado el texto alternativo de la imagen %1, así que no se ha publicado nada: %2</translation>
    </message>
</context>
<context>
    <name>PostingNotes</name>
    <message>
        <source>Open on X</source>
        <translation>Abrir en X</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Resume posting</source>
        <translation>Reanudar publicaciones</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>Posted just now, to the local Sandbox server only</source>
        <translation>Publicado ahora mismo, solo en el servidor Sandbox local</translation>
    </message>
    <message>
        <source>Posted just now</source>
        <translation>Publicado ahora mismo</translation>
    </message>
    <message>
        <source>Not posted: %1</source>
        <translation>No publicado: %1</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>X may have published it (%1). Nothing more is sent until it is verified.</source>
        <translation>Es posible que X lo haya publicado (%1). No se enviará nada más hasta que se verifique.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Already posted</source>
        <translation>Ya publicado</translation>
    </message>
    <message>
        <source>Already posted %1</source>
        <translation>Ya publicado %1</translation>
    </message>
    <message>
        <source>%1, to the local Sandbox server only</source>
        <translation>%1, solo en el servidor Sandbox local</translation>
    </message>
    <message>
        <source>Being posted from another window</source>
        <translation>Publicándose desde otra ventana</translation>
    </message>
    <message>
        <source>Its answer from X shows here when it comes; nothing more was sent from this one.</source>
        <translation>Su respuesta de X se mostrará aquí cuando llegue; no se ha enviado nada más desde esta ventana.</translation>
    </message>
    <message>
        <source>The last attempt may have reached X. Nothing is sent again until it is verified.</source>
        <translation>Es posible que el último intento haya llegado a X. No se volverá a enviar nada hasta que se verifique.</translation>
    </message>
    <message>
        <source>Waiting for X&apos;s limit — resumes %1</source>
        <translation>Esperando al límite de X: se reanuda a las %1</translation>
    </message>
    <message>
        <source>Waiting for X&apos;s limit</source>
        <translation>Esperando a que se renueve el límite de X</translation>
    </message>
    <message>
        <source>Nothing was sent. X allows a limited number of posts per account in a period.</source>
        <translation>No se ha enviado nada. X permite un número limitado de publicaciones por cuenta en cada periodo.</translation>
    </message>
    <message>
        <source>Not sent: the images changed while they were uploading. Post it again.</source>
        <translation>No enviado: las imágenes han cambiado mientras se subían. Vuelva a publicarlo.</translation>
    </message>
    <message>
        <source>Not sent: the database is busy (another window or process is writing). Try again in a moment.</source>
        <translation>No enviado: la base de datos está ocupada (otra ventana u otro proceso está escribiendo). Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Held: an image of this tweet is missing</source>
        <translation>Retenido: falta una imagen de este tuit</translation>
    </message>
    <message>
        <source>Not sent: X did not take the images</source>
        <translation>No enviado: X no ha aceptado las imágenes</translation>
    </message>
    <message>
        <source>Not sent: this tweet is disabled.</source>
        <translation>No enviado: este tuit está desactivado.</translation>
    </message>
    <message>
        <source>This tweet no longer exists.</source>
        <translation>Este tuit ya no existe.</translation>
    </message>
    <message>
        <source>Not sent from this computer: it cannot use this account&apos;s X keys</source>
        <translation>No enviado desde este equipo: no puede usar las claves de X de esta cuenta</translation>
    </message>
    <message>
        <source>Verified: it is on the local Sandbox server (not on X)</source>
        <translation>Verificado: está en el servidor Sandbox local (no en X)</translation>
    </message>
    <message>
        <source>Verified: it is on X</source>
        <translation>Verificado: está en X</translation>
    </message>
    <message>
        <source>Verified not published — it is safe to post it again</source>
        <translation>Verificado que no se ha publicado: se puede volver a publicar sin riesgo</translation>
    </message>
    <message>
        <source>Still unknown</source>
        <translation>Aún desconocido</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>No verificado: %1</translation>
    </message>
    <message>
        <source>Ready to post.</source>
        <translation>Listo para publicar.</translation>
    </message>
    <message>
        <source>Not posted yet; it is tried again automatically at %1.</source>
        <translation>Aún no publicado; se volverá a intentar automáticamente a las %1.</translation>
    </message>
    <message>
        <source>Not posted yet; it will be tried again automatically.</source>
        <translation>Aún no publicado; se volverá a intentar automáticamente.</translation>
    </message>
    <message>
        <source>X allows a limited number of posts per account in a period. It goes out when the limit resets, even if that is past its time.</source>
        <translation>X permite un número limitado de publicaciones por cuenta en cada periodo. Se publicará cuando se renueve el límite, aunque ya haya pasado su hora.</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>Programado para el %1.</translation>
    </message>
    <message>
        <source>Waiting to be posted automatically.</source>
        <translation>Esperando a publicarse automáticamente.</translation>
    </message>
    <message>
        <source>Missed its time (%1); it is not posted late unasked. Post it now or reschedule it.</source>
        <translation>No se publicó a su hora (%1); no se publica con retraso sin que se pida. Publíquelo ahora o reprográmelo.</translation>
    </message>
    <message>
        <source>Posting… waiting for X&apos;s answer.</source>
        <translation>Publicando… esperando la respuesta de X.</translation>
    </message>
    <message>
        <source>Posted to the local Sandbox server only</source>
        <translation>Publicado solo en el servidor Sandbox local</translation>
    </message>
    <message>
        <source>Posted %1, to the local Sandbox server only</source>
        <translation>Publicado %1, solo en el servidor Sandbox local</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Posted %1</source>
        <translation>Publicado %1</translation>
    </message>
    <message>
        <source>Not posted.</source>
        <translation>No publicado.</translation>
    </message>
    <message>
        <source>Disabled: it is not posted until you enable it again.</source>
        <translation>Desactivado: no se publicará hasta que lo vuelva a activar.</translation>
    </message>
    <message>
        <source>Held: it can&apos;t be sent as it stands, and is not posted until you change the tweet, its episode or its account.</source>
        <translation>Retenido: no se puede enviar tal como está y no se publicará hasta que modifique el tuit, su episodio o su cuenta.</translation>
    </message>
    <message>
        <source>Posting stopped on this account: X&apos;s usage cap is reached</source>
        <translation>Publicación detenida en esta cuenta: se ha alcanzado el límite de uso de X</translation>
    </message>
    <message>
        <source>Nothing more goes out on it until you raise the cap on X and resume posting here.</source>
        <translation>No se publicará nada más en ella hasta que aumente el límite en X y reanude aquí las publicaciones.</translation>
    </message>
    <message>
        <source>X said: %1 %2</source>
        <translation>X ha indicado: %1 %2</translation>
    </message>
    <message>
        <source>Posting stopped: X&apos;s usage cap is reached</source>
        <translation>Publicación detenida: se ha alcanzado el límite de uso de X</translation>
    </message>
    <message>
        <source>X paused posting until %1</source>
        <translation>X ha pausado las publicaciones hasta las %1</translation>
    </message>
    <message>
        <source>15-minute window</source>
        <translation>ventana de 15 minutos</translation>
    </message>
    <message>
        <source>15-minute limit renewed at %1</source>
        <translation>Límite de 15 minutos renovado a las %1</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 horas</translation>
    </message>
    <message>
        <source>24-hour limit renewed at %1</source>
        <translation>Límite de 24 horas renovado: %1</translation>
    </message>
    <message>
        <source>Posts left: unknown until the first post (X tells with each answer)</source>
        <translation>Publicaciones restantes: se desconocen hasta la primera publicación (X lo indica en cada respuesta)</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 — as of %2</source>
        <translation>%1 — actualizado: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n posts left until %1 (%2)</source>
        <translation>
            <numerusform>Queda %n publicación hasta %1 (%2)</numerusform>
            <numerusform>Quedan %n publicaciones hasta %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts left (%1)</source>
        <translation>
            <numerusform>Queda %n publicación (%1)</numerusform>
            <numerusform>Quedan %n publicaciones (%1)</numerusform>
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
        <translation>No se ha podido iniciar el servidor Sandbox: %1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This tweet is %1 and can no longer be edited.</source>
        <translation>Este tuit tiene el estado «%1» y ya no se puede editar.</translation>
    </message>
    <message>
        <source>There is no tweet %1.</source>
        <translation>No existe el tuit %1.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>No existe la cuenta %1.</translation>
    </message>
    <message>
        <source>There is no episode %1.</source>
        <translation>No existe el episodio %1.</translation>
    </message>
    <message>
        <source>Tweet %1 of this episode is being posted right now and may already be on X. Wait until it is settled, then delete the episode.</source>
        <translation>El tuit %1 de este episodio se está publicando en este momento y puede que ya esté en X. Espere a que se resuelva y, después, elimine el episodio.</translation>
    </message>
    <message>
        <source>Tweet %1 of this episode may be on X: its outcome is unknown. Verify it first, then delete the episode.</source>
        <translation>El tuit %1 de este episodio puede estar en X: su resultado se desconoce. Verifíquelo primero y, después, elimine el episodio.</translation>
    </message>
    <message>
        <source>Prices must be between $0 and $%1, with the date they were read.</source>
        <translation>Los precios deben estar entre $0 y $%1, con la fecha en que se consultaron.</translation>
    </message>
    <message>
        <source>The database is busy (another window or process is writing). Please try again.</source>
        <translation>La base de datos está ocupada (otra ventana u otro proceso está escribiendo). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>La base de datos ha rechazado el cambio: %1</translation>
    </message>
    <message>
        <source>The database stopped part way through reading: %1</source>
        <translation>La base de datos se ha detenido a mitad de la lectura: %1</translation>
    </message>
    <message>
        <source>This tweet is being posted right now and may already be on X. Wait until it is settled, then delete it.</source>
        <translation>Este tuit se está publicando en este momento y puede que ya esté en X. Espere a que se resuelva y, después, elimínelo.</translation>
    </message>
    <message>
        <source>This tweet may be on X: its outcome is unknown. Verify it first, then delete it.</source>
        <translation>Este tuit puede estar en X: su resultado se desconoce. Verifíquelo primero y, después, elimínelo.</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>A template needs a text.</source>
        <translation>Una plantilla necesita un texto.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>No existe la cuenta %1.</translation>
    </message>
    <message>
        <source>There is no template %1.</source>
        <translation>No existe la plantilla %1.</translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <source>The sandbox storage %1 is locked by another process.</source>
        <translation>El almacenamiento de Sandbox %1 está bloqueado por otro proceso.</translation>
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
        <translation>X acepta como máximo %1 imágenes por publicación; esta tiene %2.</translation>
    </message>
    <message>
        <source>X takes a GIF only on its own: a post has one GIF or up to %1 other images.</source>
        <translation>X solo acepta los GIF sin más imágenes: una publicación lleva un GIF o hasta %1 imágenes de otro tipo.</translation>
    </message>
    <message>
        <source>The alt text of image %1 has %2 characters; X takes up to %3.</source>
        <translation>El texto alternativo de la imagen %1 tiene %2 caracteres; X acepta hasta %3.</translation>
    </message>
</context>
<context>
    <name>TweetImageStore</name>
    <message>
        <source>Image %1 (%2) is no longer stored; add it again.</source>
        <translation>La imagen %1 (%2) ya no está almacenada; vuelva a añadirla.</translation>
    </message>
</context>
<context>
    <name>TweetStatus</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>publicado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>publicándose</translation>
    </message>
</context>
<context>
    <name>TweetTemplate</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>The episode&apos;s title</source>
        <translation>El título del episodio</translation>
    </message>
    <message>
        <source>The episode&apos;s number</source>
        <translation>El número del episodio</translation>
    </message>
    <message>
        <source>The episode&apos;s number (same as {number})</source>
        <translation>El número del episodio (igual que {number})</translation>
    </message>
    <message>
        <source>The episode&apos;s link</source>
        <translation>El enlace del episodio</translation>
    </message>
    <message>
        <source>The episode&apos;s publication date, as 2024-05-31</source>
        <translation>La fecha de publicación del episodio, como 2024-05-31</translation>
    </message>
    <message>
        <source>The episode&apos;s season number</source>
        <translation>El número de temporada del episodio</translation>
    </message>
    <message>
        <source>The first sentence of the episode&apos;s description</source>
        <translation>La primera frase de la descripción del episodio</translation>
    </message>
    <message>
        <source>The episode&apos;s length, as 42 min or 1 h 05 min</source>
        <translation>La duración del episodio, como 42 min o 1 h 05 min</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keeps your podcast&apos;s episodes and posts their announcement tweets to X, each at most once. Run &apos;episodedesk help&apos; for the command line.</source>
        <translation>Guarda los episodios de su pódcast y publica en X los tuits que los anuncian, cada uno como máximo una vez. Ejecute «episodedesk help» para ver la línea de comandos.</translation>
    </message>
    <message>
        <source>Open this database: a file, or a team database&apos;s postgresql:// address.</source>
        <translation>Abrir esta base de datos: un archivo o la dirección postgresql:// de una base de datos del equipo.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Open the demo show (its own database, a Sandbox account).</source>
        <translation>Abrir el programa de demostración (con su propia base de datos y una cuenta Sandbox).</translation>
    </message>
    <message>
        <source>EpisodeDesk cannot open the last database</source>
        <translation>EpisodeDesk no puede abrir la última base de datos</translation>
    </message>
    <message>
        <source>%1

EpisodeDesk opens your own database instead; File → Open Recent lists the other one.</source>
        <translation>%1

EpisodeDesk abre en su lugar su propia base de datos; Archivo → Abrir recientes muestra la otra.</translation>
    </message>
    <message>
        <source>EpisodeDesk cannot open its database</source>
        <translation>EpisodeDesk no puede abrir su base de datos</translation>
    </message>
</context>
</TS>
