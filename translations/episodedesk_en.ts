<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DatabasePasswords</name>
    <message>
        <source>No password is kept for this team database on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Sandbox (try it here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::App::Application</name>
    <message>
        <source>The current database stays open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::App::Commands</name>
    <message>
        <source>--db needs a database: a file name or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the keys from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input must be a JSON object with consumer_key, consumer_secret, access_token and access_token_secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an X account by signing in with X (OAuth 2.0 with PKCE) in the browser. Prints the address of X&apos;s sign-in page on a line of its own, waits up to 5 minutes for X to send the browser back, and prints the new account&apos;s id as its last line. The tokens go to the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name shown in EpisodeDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client ID of your X app (a Native App; it is not a secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address (default https://api.x.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s sign-in page (default https://x.com/i/oauth2/authorize).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port of the callback address registered in your X app (default: the first free one of 8765, 8766, 8767).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only print the address; do not open a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts signin needs --name and --client-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API and sign-in addresses must be https:// addresses (or http:// on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a port number (1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a browser: open the address above yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in worked, but the keychain refused to keep it (%1), so no account was added. Sign in again once the keychain works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as @%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an X account. Its four keys are read as a JSON object from standard input and stored in the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post to the local Sandbox server only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address, e.g. https://api.x.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s @handle, for links to its posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HANDLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts add needs --name and exactly one of --sandbox or --api-base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must be an https:// address (or http:// on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the accounts (never their keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion needs a shell: bash, zsh or fish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what X charges per post and per read, as entered in Preferences or with `prices set`, and the day the prices were read on X&apos;s pricing page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (money in micro-dollars).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices takes no arguments; to change them use `prices set`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a post with a link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a post of the account&apos;s own timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read on X&apos;s pricing page on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes what X charges, as read on X&apos;s pricing page (https://developer.x.com/#pricing). Prices are in US dollars, e.g. 0.015; what is not given stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day you read them on X&apos;s pricing page (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices set takes only options, e.g. --create 0.015.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a price in US dollars from 0 to %2, such as 0.015.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--read-on needs a date such as 2026-03-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices set needs at least one of --create, --create-with-link, --read, --owned-read, --read-on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows, per account, the posts and reads X billed in a calendar month (local time) at the prices of `prices`, and the posts whose outcome is unknown, which X may have billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month (default: this one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month needs a month such as 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account needs an account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	%2	%3: %4 posts, %5 · %6 reads, %7 · total %8 · %9 may have been billed, %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows which database the commands use: its backend, schema version and where it is (never a password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies this database, with every id, into an empty one: usually a show&apos;s file into a team database on PostgreSQL. The accounts&apos; X keys are not copied: they stay in each computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty database to copy into: a file, or postgresql://USER@HOST/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db copy needs --to TARGET (a file, or postgresql://USER@HOST/DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to names the database being copied; give an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  episodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  tweets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  account limits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  feeds: %1 (with %2 episodes&apos; feed values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  announcement templates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  images: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  counted reads of X: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts&apos; X keys were not copied: they stay in this computer&apos;s keychain. Every teammate who posts from the copy enters the X keys of each account on their own computer (Accounts…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teammates open it with --db %1 or File → Open Team Database….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--number must be a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url must be a full address such as https://example.com/episode-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--published must be a date such as 2026-11-28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an episode and prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episodes add needs --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes an episode; only the options given change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode id (see episodes list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one episode id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episodes edit needs at least one of --title, --number, --url or --published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode %1 was deleted (archived to keep its record); it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved episode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes an episode and its tweets; archives it instead when one of its tweets has a posting history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived episode %1: some of its tweets have a posting history, so its record is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted episode %1: it came from the show&apos;s feed, which will not bring it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted episode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the episodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not modified since the last refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 no longer in the feed; %6 announcement(s) made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the show&apos;s RSS feed, adds its episodes and remembers the address for refreshes. Nothing is announced for the episodes already in the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed import needs the feed&apos;s address: episodedesk feed import URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the show&apos;s feed again: new episodes are added (and announced with the show&apos;s templates), changed ones updated (fields edited in EpisodeDesk are kept), and episodes no longer in the feed are marked, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the whole feed even if the server says it has not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the host has changed every episode&apos;s guid: match the episodes by their audio file (enclosure) or by title instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enclosure|title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--match-by takes enclosure or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output (was it closed?); the list is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already posted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already posting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown, verify first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted (verified): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published (verified): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Run: episodedesk verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks X whether a tweet whose outcome is unknown was published, and settles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts one tweet now, at most once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweet id (see tweets list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for X (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle as not published only when the attempt is this many seconds old (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one tweet id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tweet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: episodedesk [--db PATH] COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       episodedesk [--db PATH] [--demo]   (opens the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps your podcast&apos;s episodes and posts their announcement tweets to X, each at most once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;episodedesk help COMMAND&apos; for a command&apos;s options (episodedesk help tweets add), and &apos;man episodedesk&apos; for the whole reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>podcast episodes and their announcement tweets, posted to X at most once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EpisodeDesk keeps a podcast&apos;s episodes and, for each episode, the tweets that announce it, and posts them to X when asked or when their scheduled time comes. A tweet is published at most once: the posting engine claims it in the database before it calls X, never sends again what may already be out, and asks X when an outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, episodedesk opens the window (--demo opens a demo show with a local Sandbox account). With a command it runs without a display, for scripts, cron and systemd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the window on the demo show (its own database, a Sandbox account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s own database, opened when no --db is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where systemctl --user enable episodedesk-scheduler.timer links the scheduler&apos;s units, installed in /usr/lib/systemd/user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s keys and tokens, and team-database passwords, are kept in the desktop&apos;s keychain (the Secret Service), never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command “%1 %2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post what is due now, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes a scheduled post may still go out late (default: the database&apos;s setting, 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the clock this many times faster (simulation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the simulated clock at this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit once the clock passes this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the show&apos;s feed at the start and every this many minutes (default 30; 0: never). With --once, once before posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-scale must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times must look like 2026-12-01T09:30 or 2026-12-01T09:30+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grace must be a number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--feed-every must be a number of minutes (0 turns the refresh off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed %1: it was due at %2; post or reschedule it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held %1: %2 It is not posted until the tweet, its episode or its account changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler: %1 posted, %2 failed, %3 unknown, %4 missed, %5 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed: %1 new episode(s), %2 announcement(s) made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts scheduled tweets when they are due, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an announcement: each new episode a feed refresh finds gets one tweet with this text (placeholders such as {title} and {url} are filled in when it is posted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account that posts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tweet&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes after the episode&apos;s publication time to post it (default 0; negative is before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the tweet pending for review instead of scheduling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates add needs --account ID and --text TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offset and --manual exclude each other: a manual announcement has no time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offset must be a whole number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the show&apos;s announcement templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min after publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops using a template. The tweets it made stay as they are, and it makes no new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates remove needs the template&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts a text as X does (weighted length, URLs as 23).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the text as one argument (quote it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 280 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the episode&apos;s artwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 (%2) is larger than X takes; it was stored as %3. The original is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the image in this file (JPEG, PNG, WebP or GIF); may be repeated, up to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the episode&apos;s artwork, as its feed names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text of the --image or --episode-artwork just before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--alt gives the alt text of the --image or --episode-artwork before it; put it after the image it describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two --alt texts were given for %1; give one after each image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alt text of %1 has %2 characters; X takes up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X takes at most %1 images on a post; %2 were given. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store %1: %2 Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 has no alt text (--alt TEXT after it); people who cannot see it will not know what it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: images no tweet uses any more could not be removed yet; the next change removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[%n images]</source>
        <translation>
            <numerusform>[%n image]</numerusform>
            <numerusform>[%n images]</numerusform>
        </translation>
    </message>
    <message>
        <source>The tweet text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tweet is %1 characters long as X counts them; the limit is 280. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at must be a date and time such as 2026-12-01T09:30 or 2026-12-01T09:30+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweet text; may use {title}, {number}, {url}, {date}, {season}, {description}, {duration}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled time (ISO 8601; local time without an offset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweet %1 was added with its images but is still disabled: %2 Enable it with tweets edit %1 --enable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a tweet to an episode and prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tweets add needs --episode ID, --account ID and --text TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no episode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --no-images or the images to replace them with, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tweets edit needs at least one of --text, --account, --at, --no-schedule, --enable, --disable, --image, --episode-artwork or --no-images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --at or --no-schedule, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --enable or --disable, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Only --enable or --disable can still change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweet %1 was deleted (archived to keep its record); it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a tweet; only the options given change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the scheduled time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let it be posted (by hand or on schedule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it from being posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tweet&apos;s images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved tweet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes a tweet; archives it instead when it has a posting history. A tweet that is posting or unknown is kept until it is settled (verify it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived tweet %1: it has a posting history, so its record is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted tweet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    started %1, deadline %2, finished %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    no alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    alt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweet %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check:     EpisodeDesk asks X again by itself after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode:        %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:        %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it will be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the tweets and their status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one tweet, archived ones too, with every attempt to post it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an X account whose four keys come as JSON on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs an account in with X in the browser (OAuth 2.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the X accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes an episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes an episode (archives it when one of its tweets has a posting history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a tweet to an episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a tweet&apos;s text, account, schedule or images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes a tweet (archives it when it has a posting history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a tweet and its posting attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the tweets and their states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks X whether an unknown attempt was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts a text as X does and says whether it fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts scheduled tweets when their time comes, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the backend, schema version and location of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies this database, ids and all, into an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the episodes of the show&apos;s RSS feed and remembers the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the feed again and adds its new episodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a template that announces each new episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops using a template; its tweets stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what X charges per post and read, and the day the prices were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets X&apos;s prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the posts, reads and spend per account and month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this overview, or the options of one command: help tweets add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the completion script for bash, zsh or fish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to use: a file, or a team database&apos;s postgresql://USER@HOST/NAME address. Without it, the user&apos;s own database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the version and exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the options of the command it follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error: no such id, a text too long, a database or keychain that cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command or its options were wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the tweet&apos;s state: already posted, already posting, unknown or disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published, and the message says why (rate limited, unauthorized, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is unknown: the tweet may be published. Run verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the window and the command line (German and Spanish are included) and the form of dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names this computer in the posting leases of a team database, instead of the host&apos;s machine id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by PostgreSQL&apos;s client library when a team database is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns on developer logging, e.g. episodedesk.*.debug=true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an episodedesk command. The %2 commands are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;episodedesk help %1&apos; for their options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::App::DatabaseSession</name>
    <message>
        <source>The feed could not be refreshed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new episode(s) from the feed.</source>
        <translation>
            <numerusform>%n new episode from the feed.</numerusform>
            <numerusform>%n new episodes from the feed.</numerusform>
        </translation>
    </message>
    <message>
        <source>EpisodeDesk — Demo show (Sandbox: nothing leaves this computer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::ArtworkFetcher</name>
    <message>
        <source>This episode has no artwork: its feed names no image for it or for the show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artwork address “%1” is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artwork at %1 is larger than 30 MB; EpisodeDesk did not download it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artwork address at %1 redirects too often or to an insecure address; EpisodeDesk stopped following it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took longer than a minute to send the artwork; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for the artwork, so there is nothing to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EpisodeDesk could not download the artwork from %1. Check your connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::Database</name>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged or not an EpisodeDesk database (it is not an SQLite file). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of EpisodeDesk (schema %2; this version knows up to %3). Please update EpisodeDesk. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up “%1” before upgrading it: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of EpisodeDesk cannot reach a team database: Qt&apos;s PostgreSQL driver is missing (on Debian and Ubuntu, install libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 asks for a password. Put it in ~/.pgpass (or the file PGPASSFILE names), or enter it in File → Open team database…, which keeps it in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the team database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the connection to the team database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the team database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables that are not EpisodeDesk&apos;s. Use an empty database for the team (createdb); this one was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 was upgraded by a newer version of EpisodeDesk (schema %2; this version knows up to %3). Please update EpisodeDesk. The database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the team database %1: %2. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its tables changed while it was being opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 was upgraded by a newer version of EpisodeDesk meanwhile. Please update EpisodeDesk. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch “%1” to write-ahead logging. Is the folder writable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade “%1” to schema %2: %3. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::DatabaseCopy</name>
    <message>
        <source>Cannot start writing to the target database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target database did not take the copy (nothing was copied): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the images of the database to copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database to copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the target database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the target database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target database is not empty (it has %1). A show is copied only into an empty database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target database has no table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target database refused the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target database refused the copy (nothing was copied): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to copy stopped part way through reading (nothing was copied): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::DatabaseLocation</name>
    <message>
        <source>The team database&apos;s address contains a password. Remove it from the address and put the password in ~/.pgpass (or the file PGPASSFILE names, or a PostgreSQL service file), or let EpisodeDesk keep it in this computer&apos;s keychain (File → Open team database…). A password in an address ends up in shell history, process lists and logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PostgreSQL address EpisodeDesk can use (%1). The form is postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::EpisodeTableModel</name>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posting</source>
        <translation>
            <numerusform>%n posting</numerusform>
            <numerusform>%n posting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posted</source>
        <translation>
            <numerusform>%n posted</numerusform>
            <numerusform>%n posted</numerusform>
        </translation>
    </message>
    <message>
        <source>no tweets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::FeedFetcher</name>
    <message>
        <source>%1 refused the connection. Check the feed address; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before sending the feed. Try again later; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up (its certificate may be invalid or expired). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy this computer uses could not reach %1. Check the proxy settings; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer seems to be offline, so %1 could not be reached. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EpisodeDesk could not reach %1. Check your connection; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is not at %1 (HTTP %2). Check the address in your podcast host&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to give the feed (HTTP %2): is it a private feed that needs its own address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked EpisodeDesk to slow down (HTTP 429). It tries again at the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s server at %1 had a problem (HTTP %2). Nothing was changed; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EpisodeDesk could not make a temporary file for the feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is compressed in a way EpisodeDesk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed grows past %1 MB when uncompressed; EpisodeDesk stopped reading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is gzip-compressed but the compressed data is damaged or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took longer than %2 seconds to send the feed; EpisodeDesk stopped waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a feed address: it should start with https:// (or http://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s download was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is %1 MB, more than the %2 MB EpisodeDesk reads; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is larger than the %1 MB EpisodeDesk reads; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EpisodeDesk could not write the feed to a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped sending the feed for %2 seconds; EpisodeDesk gave up. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EpisodeDesk could not find the server %1. Check the feed address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed address redirects more than %1 times; EpisodeDesk stopped following it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed address redirects to &quot;%1&quot;, which is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered &quot;not modified&quot; to a request that did not ask for it (HTTP 304).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::HoldReason</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tweet is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tweet is empty after filling in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters as X counts them (X allows %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters after filling in %2 (X allows %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tweet contains a character X does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tweet&apos;s account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” has no valid API address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::KeychainSecretStore</name>
    <message>
        <source>The X keys stored for this account are damaged or were saved by a newer version of EpisodeDesk. Enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These X keys are too long to keep in the system keychain (%1 bytes; at most %2). Check that each key was pasted on its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::LocalXServer</name>
    <message>
        <source>The sandbox server is already listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1 as sandbox storage: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::OAuth1Signer</name>
    <message>
        <source>The request method must be an upper-case HTTP method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request address cannot be signed (unexpected characters in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameters to sign already contain a signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request parameters cannot be signed in the order OAuth requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s X keys are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request address is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no nonce or timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request already carries OAuth parameters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::OAuth2Tokens</name>
    <message>
        <source>“%1” is not signed in to X on this computer. Sign in with X in Accounts; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EpisodeDesk cannot write its lock files in %1, so it cannot renew the sign-in with X safely. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another EpisodeDesk on this computer is renewing the sign-in of “%1” with X and has not finished. Nothing was sent; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewed sign-in of “%1” could not be saved in the keychain. EpisodeDesk keeps it until it quits; if the keychain still refuses it then, sign in with X again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X no longer accepts the sign-in of “%1” (it was revoked, or used up elsewhere). Sign in with X again in Accounts; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X did not renew the sign-in of “%1” (%2). Nothing was sent; EpisodeDesk tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::PostingJournal</name>
    <message>
        <source>The attempt id cannot name a journal entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the posting journal folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the posting journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the posting journal entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the posting journal entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::PostingService</name>
    <message>
        <source>No keychain is available to read this account&apos;s X keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X keys of “%1” are not on this computer. Add them in Accounts on this computer; on a team database, a teammate&apos;s computer that has them posts its scheduled tweets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database cannot be reached. Nothing was sent; EpisodeDesk keeps trying to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tweet&apos;s account is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox server is not running, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: getting ready took too long, so EpisodeDesk did not send it. Nothing was published; post it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X did not accept the sign-in of this account (HTTP 401). Nothing was published; EpisodeDesk renews the sign-in, so post it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::PostingStore</name>
    <message>
        <source>The team database cannot be reached. Nothing was sent; EpisodeDesk keeps trying to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy (another window or process is writing). Nothing was sent; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused to start a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database went away while this tweet was being claimed. Nothing was sent. If the claim was saved, the tweet shows “posting” until its lease ends, then “unknown”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the team database broke while this tweet was being claimed, and the claim was not saved. Nothing was sent; post it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program posting this tweet stopped before X answered; it may have been published. Verify it before posting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program posting this tweet did not finish in time; it may have been published. Verify it before posting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tweet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already posted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already posted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already being posted (by process %1 on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already being posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the last attempt is unknown: it may be on X already. Verify it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tweet is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tweet&apos;s images changed while they were uploading; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X stopped posting for this account: its usage cap is reached. Posting resumes after you raise the cap on X and clear the stop in EpisodeDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s posting limit for this account is reached; posting resumes at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another attempt claimed this tweet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tweet changed while it was being verified; nothing was settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: this attempt was not the one X published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::Scheduler</name>
    <message>
        <source>Waiting for X&apos;s limit — resumes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::SecretStore</name>
    <message>
        <source>%1 (The keychain said: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No X keys are stored for this account. Enter them in the account&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available. EpisodeDesk keeps X keys only in the system keychain (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager); start one and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (for example in your keyring manager, or by logging out and in again) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EpisodeDesk was not allowed to use the system keychain. Allow access when your system asks, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not complete the request. Try again; if it keeps failing, check your keychain application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::TweetTableModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox account: posts only to the test server inside EpisodeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: %1
%2/%3 as X counts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alt: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::Verifier</name>
    <message>
        <source>There is no tweet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tweet is being posted right now; wait for X&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to verify: this tweet is %1, not unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt to verify or its account is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox server is not running; cannot verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask X who this account is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the account&apos;s posts on X: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tweet was settled meanwhile: it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: it is on X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account posted more than EpisodeDesk reads (%1 pages) around this attempt; it cannot rule out that it is among them. Check the account on X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X listed a post like this one without saying where its links lead, so EpisodeDesk cannot tell whether it is this tweet. It will ask again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X refused this text as a duplicate, and the post with this text belongs to another tweet. Check the account on X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X refused this text as a duplicate: the same text is on X already. Check the account on X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on X yet. X can take a moment to list new posts; EpisodeDesk verifies again by itself after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified not published: X has no such post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tweet was settled meanwhile: it no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::XClient</name>
    <message>
        <source>Not sent: this account has no valid sign-in with X on this computer. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: a post takes 1 to 4 uploaded images, and these could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no valid X user id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s page token for the account&apos;s posts could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: its time ran out before it could leave this computer. Nothing was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: X takes JPEG, PNG, WebP or GIF images only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X could not process the GIF; it was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X was still processing the GIF when its time ran out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the image has no valid X media id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: X takes alt text of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::XResponse</name>
    <message>
        <source>X did not answer in time; the post may have been published. Verify before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach X in time; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to X broke after the request was sent; the post may have been published. Verify before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to X (connection refused); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find X&apos;s server address; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to X failed; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network proxy refused the connection; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EpisodeDesk sends keys only over https (or http on this computer); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error stopped the request before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 X says: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X refused the request as invalid (HTTP 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X did not accept the account&apos;s keys (HTTP 401). Check the keys and the computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X does not allow this account to do this (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X API usage cap is used up (HTTP 429); retrying will not help until the cap is raised or renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s rate limit was reached (HTTP 429); it resets at %1 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s rate limit was reached (HTTP 429); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X had a server error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X answered with a redirect (HTTP %1), which EpisodeDesk does not follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X gave an unexpected answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post may have been published. Verify before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X accepted the post (HTTP 201) but its answer was too large to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X accepted the post (HTTP 201) but its answer had no readable post id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X refused the text as a duplicate (HTTP 403); it is probably posted already. Verify before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X refused the post&apos;s images (HTTP 400): their upload has expired or X does not know it. Nothing was published; the images have to be uploaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s answer about the account could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s list of the account&apos;s posts could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be sent to X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X did not answer in time while the image was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X accepted the image but its answer had no readable media id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Models::XSignIn</name>
    <message numerus="yes">
        <source>Nobody came back from X&apos;s sign-in page within %n minutes. Sign in again when you are ready.</source>
        <translation>
            <numerusform>Nobody came back from X&apos;s sign-in page within %n minute. Sign in again when you are ready.</numerusform>
            <numerusform>Nobody came back from X&apos;s sign-in page within %n minutes. Sign in again when you are ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>EpisodeDesk could not wait for X&apos;s answer: ports %1 on 127.0.0.1 are all in use. Close what uses them, or choose another port registered in your X app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EpisodeDesk has X&apos;s answer. You can close this tab and go back to EpisodeDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X did not accept the sign-in code: it expires 30 seconds after you approve, and works once. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X refused the sign-in (%1). Check the Client ID of your X app and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s sign-in service did not answer (%1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer that reached EpisodeDesk does not belong to this sign-in, so it was not used. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not approved on X&apos;s page. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s sign-in page answered with an error (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s answer held no access token. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but X did not say which account it is (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::AccountDialog</name>
    <message>
        <source>Required, e.g. My Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox — posts to the local test server only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@yourshow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this account&apos;s posts are sent. Leave it at %1 unless you know you need another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s number for this account, filled in by Check connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with X (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys from X&apos;s developer portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signs in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X user ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Sandbox — posts to the local test server only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four keys of your app on X&apos;s developer site (Keys and tokens), with read and write access. EpisodeDesk keeps them in your system keychain, never in its database, and does not show them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask X which account these keys belong to, and fill in its handle and user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer &amp;key (API key):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for this account&apos;s sign-in in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with X on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in on this computer: sign in to post from it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your X app&apos;s Client ID, then sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the four keys now, or save the account and add them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for this account&apos;s keys in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain (consumer key ending in …%1). Leave the fields empty to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain. Leave the fields empty to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys stored yet: enter the four keys to post from this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 You can still save the account&apos;s other settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweets go to EpisodeDesk&apos;s built-in test server and nowhere else: a safe way to try the whole workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweets are published on X for everyone to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter all four keys, or none to keep the stored ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the four keys first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keys from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking X which account these keys belong to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X did not accept these keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: these keys post as @%1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the keys in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is saved, but its keys are not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is saved, but its keys could not be put in the keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts your tweets go out on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume &amp;Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You raised the usage cap on X: let this account&apos;s tweets go out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter this account&apos;s X keys on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What X billed this account this calendar month, at the prices in Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no valid sign-in with X for this account (it was never signed in here, or X no longer accepts it). Its tweets are held until you sign in again: Edit… → Sign in with X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — keys not on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s X keys are in another computer&apos;s keychain, not in this one&apos;s. Its tweets are posted from a computer that has them; to post from this one, add the keys here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s spend could not be read from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 post</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message>
        <source>1 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reads</source>
        <translation>
            <numerusform>%n read</numerusform>
            <numerusform>%n reads</numerusform>
        </translation>
    </message>
    <message>
        <source>This month: %1, %2 · %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more post</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more posts</source>
        <translation>
            <numerusform>%n more post</numerusform>
            <numerusform>%n more posts</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 may have been billed (outcome unknown), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with X for this account on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Not Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be removed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some tweets were written for this account, so it was archived to keep their record; it no longer shows in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::EpisodeDialog</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode&apos;s number in the show, if it has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/episodes/12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a web address such as https://example.com/episodes/12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests, topics, anything you want to find again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the feed&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the feed: no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the feed: no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the feed: no link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With these details, 1 scheduled tweet of this episode would be too long: %1 It will be held, not posted, until it fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled Tweets Will Be Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With these details, %n scheduled tweets of this episode would be too long: %1 characters after filling in (X allows %2). They will be held, not posted, until they fit.</source>
        <translation>
            <numerusform>With these details, %n scheduled tweet of this episode would be too long: %1 characters after filling in (X allows %2). It will be held, not posted, until it fits.</numerusform>
            <numerusform>With these details, %n scheduled tweets of this episode would be too long: %1 characters after filling in (X allows %2). They will be held, not posted, until they fit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::EpisodeListPane</name>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, notes and tweets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the episode “%1” and its %n tweets?</source>
        <translation>
            <numerusform>Delete the episode “%1” and its tweet?</numerusform>
            <numerusform>Delete the episode “%1” and its %n tweets?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the episode “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the episode “%1” and its tweet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode could not be deleted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweets of this episode were already sent to X (or may have been), so the episode was archived to keep the record; it no longer shows in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode deleted. It is still in your show&apos;s feed; refreshing the feed will not bring it back or announce it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::FeedImportDialog</name>
    <message>
        <source>Import from Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of your show&apos;s RSS feed, as your podcast host shows it. Its episodes are added here, and later refreshes add the new ones; nothing is announced for the episodes already in the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://feeds.example.com/yourshow.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed has not changed since it was last read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 episode added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n episodes added</source>
        <translation>
            <numerusform>%n episode added</numerusform>
            <numerusform>%n episodes added</numerusform>
        </translation>
    </message>
    <message>
        <source>1 announcement made</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n announcements made</source>
        <translation>
            <numerusform>%n announcement made</numerusform>
            <numerusform>%n announcements made</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 updated, %3 unchanged, %4 no longer in the feed; %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed could not be imported; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::HistoryDialog</name>
    <message>
        <source>Tweet History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts to post this tweet, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempts yet: this tweet has never been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open on X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask X whether the last attempt was published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post it again: the last attempt definitely did not reach X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tweet no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: removed account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on X by Verify after an unclear answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, media %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the local Sandbox server only, not on X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent with media ids from X:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::ImageStrip</name>
    <message>
        <source>No images. Add up to 4 (or one GIF): choose files, drop them here, paste one (Ctrl+V) or use the episode&apos;s artwork.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG, PNG, WebP or GIF. An image over X&apos;s 5 MB is re-encoded to fit; the original is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Episode &amp;Artwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode artwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not added. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be kept with the tweet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already on this tweet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was re-encoded as %2 %3×%4 to fit X&apos;s 5 MB; the original is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text: what the image shows, for people who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X takes up to %1 characters of alt text per image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text of image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Sent without alt text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No alt text: people using screen readers will not know what this image shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encoded as %1 %2×%3 to fit X&apos;s 5 MB; the original is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the episode&apos;s artwork (%1) and add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This episode has no artwork: its feed names no image for it or for the show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The alt text of image %1 is too long by %n characters: X takes up to %2.</source>
        <translation>
            <numerusform>The alt text of image %1 is too long by %n character: X takes up to %2.</numerusform>
            <numerusform>The alt text of image %1 is too long by %n characters: X takes up to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n characters: X takes up to %1.</source>
        <translation>
            <numerusform>Too long by %n character: X takes up to %1.</numerusform>
            <numerusform>Too long by %n characters: X takes up to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::MainWindow</name>
    <message>
        <source>Posting a scheduled tweet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;pisode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tweet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More toolbar commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That tweet no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That tweet is not in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EpisodeDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Not Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

This window still shows %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the team database again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to the team database… (trying every %n s)</source>
        <translation>
            <numerusform>Reconnecting to the team database… (trying every %n s)</numerusform>
            <numerusform>Reconnecting to the team database… (trying every %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The lists show what was last read from %1. They catch up once it is reachable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>X has not answered %n posts yet. If you quit now, they show as unknown next time and have to be verified before they can be posted again.</source>
        <translation>
            <numerusform>X has not answered one post yet. If you quit now, it shows as unknown next time and has to be verified before it can be posted again.</numerusform>
            <numerusform>X has not answered %n posts yet. If you quit now, they show as unknown next time and have to be verified before they can be posted again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Posts Still Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::NextWakeLabel</name>
    <message>
        <source>Scheduled posts are not being sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next scheduled post: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::Notifications</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a removed account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::PostConfirmDialog</name>
    <message>
        <source>Post to the Sandbox?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post to X?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text goes to the Sandbox server inside EpisodeDesk; nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text will be published on X now. A post can&apos;t be taken back from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again (turn it back on in the Tweet menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post costs nothing: it goes to the Sandbox, not to X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post costs %1: it contains a link (X&apos;s prices of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post costs %1: it has no link (X&apos;s prices of %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::PostController</name>
    <message>
        <source>Posting is not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being posted now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify it first: the last attempt may have reached X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tweet is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s usage cap stopped posting on this account; resume posting once the cap is raised on X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being posted now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its answer from X shows here when it comes; nothing more was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking X whether it was published…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting… waiting for X&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you raise the usage cap on X for “%1”? Then its tweets can go out again: scheduled ones that are due now are posted right away, the others at their time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting Not Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be resumed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting resumed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace period in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When EpisodeDesk was closed or the computer asleep at a tweet&apos;s time, the tweet still goes out if it is at most this late. Later than that it is marked missed and waits for you. Every window and the background scheduler on this database use this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask before posting (show the exact text and account first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What X charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of a post in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post with a &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of a post with a link in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read, per post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of reading a post in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read of the account&apos;s &amp;own posts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of reading one of the account&apos;s own posts in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read on &amp;X&apos;s page on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X bills every post; EpisodeDesk also reads the account&apos;s posts to verify one whose outcome is unknown. Prices change: check &lt;a href=&quot;%1&quot;&gt;X&apos;s pricing page&lt;/a&gt; and enter what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s prices of 2026, as EpisodeDesk shipped them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter each price as an amount in US dollars, such as 0.015, up to %1. Not an amount: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preferences could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::RescheduleDialog</name>
    <message>
        <source>Reschedule Tweet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule Tweet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your time zone, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new time could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::ScheduleNotifier</name>
    <message>
        <source>Scheduled tweet posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, to the local Sandbox server only (not X): “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled tweet not posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EpisodeDesk tries again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled tweet: outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X may have published “%1” on %2. Verify it before it is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled tweet not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled tweet missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” on %2 was due %3 and was not posted late. Post it now or reschedule it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were not posted late. Post them now or reschedule them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting stopped on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s usage cap is reached, so scheduled tweets wait. Raise the cap on X, then choose Resume posting in EpisodeDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X said: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled tweet held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” on %2 is not posted until you change it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled tweets missed</source>
        <translation>
            <numerusform>%n scheduled tweet missed</numerusform>
            <numerusform>%n scheduled tweets missed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::SignInSection</name>
    <message>
        <source>Sign in with X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your app&apos;s “Keys and tokens” page on developer.x.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth 2.0 Client ID of your X app. It is not a secret; EpisodeDesk keeps it with the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your X app&apos;s User authentication settings choose “Native App” and add these callback addresses: %1. Then sign in here; your browser opens X&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with &amp;X…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of X&apos;s sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for X… Approve EpisodeDesk in your browser, then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser did not open. Open this address in it to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as @%1. Save the account to keep the sign-in in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;Again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::TeamDatabaseDialog</name>
    <message>
        <source>Open Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database lives on a PostgreSQL server that everyone on the show can reach. Ask whoever set it up for these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>myshow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode=require</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq connection options, such as sslmode=require, separated by &amp;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: kept in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty when ~/.pgpass has it, or when the keychain already keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same database on the command line: episodedesk --db ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server and the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password does not belong in the options, where it would end up in the address. Enter it in the Password field (kept in this computer&apos;s keychain) or in ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each option as name=value, such as sslmode=require.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password Not Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database is open, but this computer&apos;s keychain did not keep its password, so it will be asked for again next time. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::TemplateDialog</name>
    <message>
        <source>New Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each new episode a feed refresh finds gets one tweet with this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: New episode {number}: {title} {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted the way X counts, with the placeholders filled in for the episode shown in the preview. Another episode&apos;s title may be longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the text as it would be posted for this episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes after the publication time (negative: before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left pending for me to review and post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tweet whose time is already past when its episode is found is left pending too: EpisodeDesk never posts late unasked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As posted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement Not Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this episode it is %1 characters, more than X&apos;s %2: a tweet that does not fit is held, not posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a placeholder EpisodeDesk knows; it would be posted as typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::TemplatesDialog</name>
    <message>
        <source>Announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a feed refresh finds a new episode, each announcement below becomes one tweet of it. Episodes already in the feed when it was imported are never announced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No announcements yet. Add one to have new episodes announce themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left pending for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the episode&apos;s publication time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min after the episode&apos;s publication time</source>
        <translation>
            <numerusform>%n min after the episode&apos;s publication time</numerusform>
            <numerusform>%n min after the episode&apos;s publication time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min before the episode&apos;s publication time</source>
        <translation>
            <numerusform>%n min before the episode&apos;s publication time</numerusform>
            <numerusform>%n min before the episode&apos;s publication time</numerusform>
        </translation>
    </message>
    <message>
        <source>The announcements could not be read from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An announcement is posted on one of your accounts: add an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop announcing new episodes with “%1”? The tweets it already made stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::TweetDialog</name>
    <message>
        <source>Episode %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: New episode {number}: {title} {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted the way X counts: every link as 23 characters, most emoji and Chinese, Japanese or Korean characters as 2. Placeholders such as {title} count as what they will be replaced with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the text as it will be posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text as it will be posted shows here, with {title}, {url}, … filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post at a set time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in your time zone, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled — uncheck to keep this tweet from being posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As posted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tweet was posted on %1, so it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;See it on X&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tweet is being posted right now, so it can&apos;t be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EpisodeDesk can&apos;t tell yet whether this tweet reached X. So that it is never posted twice, it can&apos;t be changed until that has been checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tweet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Tweet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tweet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View Tweet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long by 1 character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n characters.</source>
        <translation>
            <numerusform>Too long by %n character.</numerusform>
            <numerusform>Too long by %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved like this, it is held at its time: not posted until it fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X would refuse this text: it contains a character X does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a placeholder EpisodeDesk knows; it would be posted as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty because the episode does not have it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Tweet That Will Be Held?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Saved like this, the scheduled tweet is not posted at its time: EpisodeDesk holds it until you shorten it or the episode&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweet Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tweet could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a placeholder that is filled in with the episode&apos;s details when posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::TweetEditor</name>
    <message>
        <source>No Account Yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tweet goes out on an account. Add the account first, then the tweet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweet Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its text was saved, but not its images. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweet added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweet saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tweet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this tweet?

“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweet Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tweet could not be deleted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweet Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tweet was already posted, so it was archived to keep the record; it no longer shows in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tweet was already sent to X once (or may have been), so it was archived to keep the record; it no longer shows in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweet deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::TweetPane</name>
    <message>
        <source>What X said about this account&apos;s posts with its last answer. X allows a number of posts per 15 minutes and per 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweets of the selected episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the tweets in one state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tweets in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View T&amp;weet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit T&amp;weet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the answer about this tweet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tweet to post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish this tweet on its account now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1: no alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a tweet to post it (%1), verify it or see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweets — select an episode to see its tweets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweets for “%1” — none yet. Add one with New Tweet (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweets for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tweet went to the local Sandbox server inside EpisodeDesk (post %1) and exists only there. Nothing was published on X, so there is no page to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X did not give an address for this post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Open the Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be started. The post is at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::WelcomePage</name>
    <message>
        <source>Welcome to EpisodeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your show&apos;s episodes and the tweets that announce them in one place. EpisodeDesk posts each tweet at most once, when you say so or at the time you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Import your show from its RSS feed: its episodes come in, ready for the tweets that announce them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Or add an episode by hand, then write the tweets that announce it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Episode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Add the X account your show posts from — or a Sandbox account, to try everything without posting anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. ✓ Ready to post on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::WindowActions</name>
    <message>
        <source>&amp;New Episode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an episode of your show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Episode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search episode titles, notes and tweet texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or change the accounts tweets go out on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another show&apos;s database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a show&apos;s database on a PostgreSQL server that your team shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from Feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your show&apos;s episodes from its RSS feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnouncements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tweets every new episode of the feed gets by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the list of databases opened lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About EpisodeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What EpisodeDesk is and which version this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close EpisodeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grace period of scheduled posts, and whether to ask before posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read everything from the database again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Tweet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a tweet announcing the selected episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit T&amp;weet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected tweet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Tweet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected tweet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the selected tweet on its account now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected tweet a new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume Posting on This Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You raised the usage cap on X: let this account&apos;s tweets go out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask X whether an unknown attempt was published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open on X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the posted tweet in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every attempt to post the selected tweet, and what came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask Before Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exact text and account before each post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDesk::Ui::WindowDialogs</name>
    <message>
        <source>Account saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Keeps your podcast&apos;s episodes and the tweets that announce them, and posts each tweet to X at most once.&lt;/p&gt;&lt;p&gt;Sandbox accounts post only to a test server inside EpisodeDesk: nothing leaves this computer.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Database: %3&lt;br&gt;Built with Qt %4. Licensed under the GNU GPL, version 3 or later.&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>The address returned a web page, not a feed. Copy the show&apos;s RSS feed address from your podcast host (it often ends in /feed, /rss or .xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address returned RSS without a &lt;channel&gt;: it is not a podcast feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed declares its own XML entities, which podcast feeds never need; it was not read (entities can make a small file expand to gigabytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address returned an Atom feed. Podcast apps read RSS: use the show&apos;s RSS feed address (your host shows it as &quot;RSS feed&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address returned an XML document that is not an RSS feed (it starts with &lt;%1&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is not valid XML at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with neither a guid nor an enclosure were skipped: nothing identifies them from one refresh to the next.</source>
        <translation>
            <numerusform>%n item with neither a guid nor an enclosure was skipped: nothing identifies it from one refresh to the next.</numerusform>
            <numerusform>%n items with neither a guid nor an enclosure were skipped: nothing identifies them from one refresh to the next.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) repeat the guid of an earlier one and were skipped (first: %1).</source>
        <translation>
            <numerusform>%n item repeats the guid of an earlier one and was skipped (first: %1).</numerusform>
            <numerusform>%n items repeat the guid of an earlier one and were skipped (first: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no title; they are named after their audio file.</source>
        <translation>
            <numerusform>%n item has no title; it is named after its audio file.</numerusform>
            <numerusform>%n items have no title; they are named after their audio file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have a publication date that could not be read; it was left empty.</source>
        <translation>
            <numerusform>%n item has a publication date that could not be read; it was left empty.</numerusform>
            <numerusform>%n items have a publication date that could not be read; it was left empty.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address returned nothing: an empty document is not a feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address returned something that is not a feed (it does not start like XML).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedStore</name>
    <message>
        <source>The database is busy with another write; the feed was not applied. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed could not be saved (nothing was changed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This show already follows the feed %1. EpisodeDesk follows one feed per show: refresh that one, or use another database for this show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This show has no feed yet: import it first (File → Import from Feed…, or episodedesk feed import URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed no longer lists %1 of the %2 episodes EpisodeDesk knows by their guid, and lists %3 new ones instead: the host has probably changed every episode&apos;s guid. Nothing was changed. If these are the same episodes, refresh matching them by their audio file (--match-by enclosure) or by title (--match-by title); nothing will be announced for episodes matched that way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedUpdate</name>
    <message>
        <source>The feed has moved permanently to %1; EpisodeDesk follows it there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show announced a new feed address, %1; EpisodeDesk follows it there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show announces a new feed address, %1, but no feed could be read there (%2). EpisodeDesk stays with the current address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This show has no feed yet: import it first (File → Import from Feed…, or episodedesk feed import URL).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePrep</name>
    <message>
        <source>The image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image EpisodeDesk can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 image; X takes JPEG, PNG, WebP and GIF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut short (the file ends before the image does). Copy or download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: it may be damaged. Open it in an image editor and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a GIF of %2; X takes GIFs up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is larger than X takes, and could not be made smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2; EpisodeDesk takes images up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read all of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaBlobs</name>
    <message>
        <source>The image changed while it was being stored; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no folder to keep images in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder for images, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the image in %1 (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is missing from the team database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is missing from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 was changed or damaged on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 was changed or damaged in the team database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaStore</name>
    <message>
        <source>The image %1 is not in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 (%2) is missing from the team database; add it again or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 (%2) is missing from the media folder; add it again or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 (%2) was changed or damaged since it was added; add it again or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be kept with the tweet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be kept with the tweet: the database could not be opened a second time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaUploader</name>
    <message>
        <source>Image %1 could not be uploaded to X, so nothing was posted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X did not take the alt text of image %1, so nothing was posted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostingNotes</name>
    <message>
        <source>Open on X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted just now, to the local Sandbox server only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not posted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X may have published it (%1). Nothing more is sent until it is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already posted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, to the local Sandbox server only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being posted from another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its answer from X shows here when it comes; nothing more was sent from this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt may have reached X. Nothing is sent again until it is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for X&apos;s limit — resumes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for X&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. X allows a limited number of posts per account in a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the images changed while they were uploading. Post it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the database is busy (another window or process is writing). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: an image of this tweet is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: X did not take the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: this tweet is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tweet no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent from this computer: it cannot use this account&apos;s X keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: it is on the local Sandbox server (not on X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: it is on X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified not published — it is safe to post it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not posted yet; it is tried again automatically at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not posted yet; it will be tried again automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X allows a limited number of posts per account in a period. It goes out when the limit resets, even if that is past its time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be posted automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed its time (%1); it is not posted late unasked. Post it now or reschedule it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting… waiting for X&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted to the local Sandbox server only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted %1, to the local Sandbox server only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: it is not posted until you enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: it can&apos;t be sent as it stands, and is not posted until you change the tweet, its episode or its account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting stopped on this account: X&apos;s usage cap is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more goes out on it until you raise the cap on X and resume posting here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X said: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting stopped: X&apos;s usage cap is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X paused posting until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n posts left until %1 (%2)</source>
        <translation>
            <numerusform>%n post left until %1 (%2)</numerusform>
            <numerusform>%n posts left until %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts left (%1)</source>
        <translation>
            <numerusform>%n post left (%1)</numerusform>
            <numerusform>%n posts left (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>15-minute window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15-minute limit renewed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24-hour limit renewed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts left: unknown until the first post (X tells with each answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — as of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This tweet is %1 and can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tweet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no episode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweet %1 of this episode is being posted right now and may already be on X. Wait until it is settled, then delete the episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweet %1 of this episode may be on X: its outcome is unknown. Verify it first, then delete the episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices must be between $0 and $%1, with the date they were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy (another window or process is writing). Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database stopped part way through reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tweet is being posted right now and may already be on X. Wait until it is settled, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tweet may be on X: its outcome is unknown. Verify it first, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>A template needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <source>The sandbox storage %1 is locked by another process.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TweetImage</name>
    <message>
        <source>%1 %2×%3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X takes at most %1 images on a post; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X takes a GIF only on its own: a post has one GIF or up to %1 other images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alt text of image %1 has %2 characters; X takes up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TweetImageStore</name>
    <message>
        <source>Image %1 (%2) is no longer stored; add it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TweetStatus</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TweetTemplate</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode&apos;s number (same as {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode&apos;s publication date, as 2024-05-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode&apos;s season number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sentence of the episode&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode&apos;s length, as 42 min or 1 h 05 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keeps your podcast&apos;s episodes and posts their announcement tweets to X, each at most once. Run &apos;episodedesk help&apos; for the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database: a file, or a team database&apos;s postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo show (its own database, a Sandbox account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EpisodeDesk cannot open the last database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

EpisodeDesk opens your own database instead; File → Open Recent lists the other one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EpisodeDesk cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
