// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// episodedesk help [GROUP [SUBCOMMAND]] | help --man: the reference, from the command table and each
// command's own parser.
#include "commands/reference.h"

#include "commands/commands.h"
#include "commands/invocation.h"
#include "commands/output.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace EpisodeDesk::App::Commands {

namespace {

bool isIndented(const QString &line)
{
    return line.startsWith(QLatin1String("  "));
}

// One entry of QCommandLineParser's help: "  -h, --help    Displays …" or "  ID    Episode id …"; the
// names and the description are two or more spaces apart, a long description goes on below.
CommandHelp::Item parseItem(const QString &line)
{
    static const QRegularExpression entry(QStringLiteral("^  (\\S.*?)(?:\\s{2,}(\\S.*))?$"));
    static const QRegularExpression value(QStringLiteral("\\s*<([^>]+)>"));
    const QRegularExpressionMatch match = entry.match(line);
    CommandHelp::Item item;
    QString names = match.captured(1);
    item.description = match.captured(2);
    if (const QRegularExpressionMatch taken = value.match(names); taken.hasMatch()) {
        item.value = taken.captured(1);
        names.remove(taken.capturedStart(), taken.capturedLength());
    }
    const QStringList parts = names.split(QStringLiteral(", "));
    item.name = parts.last().trimmed();
    if (parts.size() > 1) {
        item.alias = parts.first().trimmed();
    }
    return item;
}

// The part of a help text the parser wrote, without its labels ("Usage:", "Options:", "Arguments:"),
// which Qt's own translation may have changed: the description is what stands between the usage line
// and the first entry's heading, entries are the indented lines after it.
void parseHelp(const QString &text, CommandHelp *help)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype first = lines.size();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (isIndented(lines.at(i)) && lines.at(i).trimmed().startsWith(QLatin1Char('-'))) {
            first = i;
            break;
        }
    }
    QStringList description;
    for (qsizetype i = 1; i + 1 < first; ++i) {
        description.append(lines.at(i));
    }
    help->description = description.join(QLatin1Char('\n')).trimmed();

    CommandHelp::Item *current = nullptr;
    for (qsizetype i = first; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (!isIndented(line)) {
            current = nullptr; // a heading, or the blank line before one
            continue;
        }
        if (line.at(2).isSpace()) {
            if (current) {
                const QString more = line.trimmed();
                current->description += current->description.isEmpty() ? more : QLatin1Char(' ') + more;
            }
            continue;
        }
        CommandHelp::Item item = parseItem(line);
        QList<CommandHelp::Item> &list = item.name.startsWith(QLatin1Char('-')) ? help->options : help->arguments;
        list.append(item);
        current = &list.last();
    }
    help->options.removeIf([](const CommandHelp::Item &item) {
        return item.name == QLatin1String("--help") || item.name == QLatin1String("--help-all");
    });
}

QString overview()
{
    QString text;
    QTextStream stream(&text);
    stream << tr("Usage: episodedesk [--db PATH] COMMAND [OPTIONS]") << '\n'
           << tr("       episodedesk [--db PATH] [--demo]   (opens the window)") << "\n\n"
           << tr("Keeps your podcast's episodes and posts their announcement tweets to X, each at most once.") << "\n\n"
           << tr("Commands:") << '\n';
    qsizetype width = 0;
    for (const CommandGroup &group : commandGroups()) {
        for (const CommandEntry &command : group.commands) {
            width = std::max(width, commandWords(group, command).size());
        }
    }
    for (const CommandGroup &group : commandGroups()) {
        for (const CommandEntry &command : group.commands) {
            stream << "  " << commandWords(group, command).leftJustified(width + 2) << translated(command.summary)
                   << '\n';
        }
    }
    stream << '\n' << tr("Options:") << '\n';
    for (const GlobalOption &option : globalOptions()) {
        stream << "  " << QString::fromLatin1(option.names).leftJustified(width + 2) << translated(option.summary)
               << '\n';
    }
    stream << '\n' << tr("Exit codes:") << '\n';
    for (const ExitStatus &status : exitStatuses()) {
        stream << "  " << status.code << "  " << translated(status.meaning) << '\n';
    }
    stream << '\n'
           << tr("Run 'episodedesk help COMMAND' for a command's options (episodedesk help tweets add), and "
                 "'man episodedesk' for the whole reference.")
           << '\n';
    stream.flush();
    return text;
}

// roff: a backslash is \e, a line may not begin with a dot or an apostrophe, and options use \- so
// that they can be copied from the rendered page. Typographic characters get groff's names, which
// every output device has.
QString roff(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    text.replace(QLatin1Char('-'), QLatin1String("\\-"));
    text.replace(QChar(0x2014), QLatin1String("\\(em"));
    text.replace(QChar(0x2013), QLatin1String("\\(en"));
    text.replace(QChar(0x2026), QLatin1String("\\&..."));
    text.replace(QChar(0x201C), QLatin1String("\\(lq"));
    text.replace(QChar(0x201D), QLatin1String("\\(rq"));
    text.replace(QChar(0x2018), QLatin1String("\\(oq"));
    text.replace(QChar(0x2019), QLatin1String("\\(cq"));
    text.replace(QChar(0x2192), QLatin1String("\\(->"));
    text.replace(QChar(0x00D7), QLatin1String("\\(mu"));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\''))) {
            line.prepend(QLatin1String("\\&"));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString manItem(const CommandHelp::Item &item)
{
    QString head = item.alias.isEmpty() ? QString() : QStringLiteral("\\fB%1\\fR, ").arg(roff(item.alias));
    head += QStringLiteral("\\fB%1\\fR").arg(roff(item.name));
    if (!item.value.isEmpty()) {
        head += QStringLiteral(" \\fI%1\\fR").arg(roff(item.value));
    }
    return QStringLiteral(".TP\n%1\n%2\n").arg(head, roff(item.description));
}

QString manPage()
{
    QString page;
    QTextStream man(&page);
    man << ".\\\" Generated by `episodedesk help --man` from the command table and each command's parser.\n"
        << ".TH EPISODEDESK 1 \"" << EPISODEDESK_RELEASE_DATE << "\" \"EpisodeDesk " << EPISODEDESK_VERSION
        << "\" \"User Commands\"\n"
        << ".SH NAME\nepisodedesk \\- "
        << roff(tr("podcast episodes and their announcement tweets, posted to X at most once")) << "\n.SH SYNOPSIS\n"
        << ".B episodedesk\n[\\fB\\-\\-db\\fR \\fIPATH\\fR] [\\fB\\-\\-demo\\fR]\n.br\n"
        << ".B episodedesk\n[\\fB\\-\\-db\\fR \\fIPATH\\fR] \\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n"
        << ".SH DESCRIPTION\n"
        << roff(tr("EpisodeDesk keeps a podcast's episodes and, for each episode, the tweets that announce it, and "
                   "posts them to X when asked or when their scheduled time comes. A tweet is published at most "
                   "once: the posting engine claims it in the database before it calls X, never sends again what "
                   "may already be out, and asks X when an outcome is unknown."))
        << "\n.PP\n"
        << roff(tr("Without a command, episodedesk opens the window (--demo opens a demo show with a local Sandbox "
                   "account). With a command it runs without a display, for scripts, cron and systemd."))
        << "\n.SH OPTIONS\n";
    for (const GlobalOption &option : globalOptions()) {
        man << ".TP\n\\fB" << roff(QString::fromLatin1(option.names)) << "\\fR\n"
            << roff(translated(option.summary)) << '\n';
    }
    man << ".TP\n\\fB\\-\\-demo\\fR\n"
        << roff(tr("Opens the window on the demo show (its own database, a Sandbox account).")) << "\n.SH COMMANDS\n";
    for (const CommandHelp &help : describeAll()) {
        man << ".SS \"" << roff(help.synopsis()) << "\"\n" << roff(help.description) << '\n';
        for (const CommandHelp::Item &argument : help.arguments) {
            man << manItem(argument);
        }
        for (const CommandHelp::Item &option : help.options) {
            man << manItem(option);
        }
    }
    for (const CommandGroup &group : commandGroups()) {
        if (group.reference) {
            man << ".SS \"" << group.name << "\"\n" << roff(translated(group.commands.front().summary)) << '\n';
        }
    }
    man << ".SH \"EXIT STATUS\"\n";
    for (const ExitStatus &status : exitStatuses()) {
        man << ".TP\n.B " << status.code << '\n' << roff(translated(status.meaning)) << '\n';
    }
    man << ".SH ENVIRONMENT\n";
    for (const EnvironmentVariable &variable : environmentVariables()) {
        man << ".TP\n.B " << roff(QString::fromLatin1(variable.name)) << '\n'
            << roff(translated(variable.meaning)) << '\n';
    }
    man << ".SH FILES\n.TP\n.I ~/.local/share/EpisodeDesk/EpisodeDesk/episodedesk.sqlite\n"
        << roff(tr("The user's own database, opened when no --db is given.")) << "\n.TP\n.I ~/.config/systemd/user/\n"
        << roff(tr("Where systemctl --user enable episodedesk-scheduler.timer links the scheduler's units, "
                   "installed in /usr/lib/systemd/user."))
        << "\n.PP\n"
        << roff(tr("X's keys and tokens, and team-database passwords, are kept in the desktop's keychain (the "
                   "Secret Service), never in a file."))
        << "\n.SH \"SEE ALSO\"\n.BR systemctl (1),\n.BR secret-tool (1)\n";
    man.flush();
    return page;
}

int help(Invocation &invocation)
{
    const QString first = invocation.word(2);
    if (first == QLatin1String("--man")) {
        out() << manPage();
        out().flush();
        return ExitOk;
    }
    if (first.isEmpty()) {
        out() << overview();
        out().flush();
        return ExitOk;
    }
    const CommandGroup *group = findGroup(first);
    if (!group || group->reference) {
        return fail(ExitUsage, tr("There is no command “%1”.").arg(first) + QLatin1Char('\n') + overview());
    }
    const QString second = invocation.word(3);
    if (!second.isEmpty()) {
        const CommandEntry *command = findCommand(*group, second);
        if (!command) {
            return fail(ExitUsage,
                        tr("There is no command “%1 %2”.").arg(first, second) + QLatin1Char('\n') + overview());
        }
        out() << describe(*group, *command).helpText;
        out().flush();
        return ExitOk;
    }
    for (const CommandEntry &command : group->commands) {
        out() << describe(*group, command).helpText << '\n';
    }
    out().flush();
    return ExitOk;
}

} // namespace

QString CommandHelp::synopsis() const
{
    QStringList parts {QStringLiteral("episodedesk"), words};
    for (const Item &option : options) {
        parts.append(option.value.isEmpty() ? QStringLiteral("[%1]").arg(option.name)
                                            : QStringLiteral("[%1 %2]").arg(option.name, option.value));
    }
    for (const Item &argument : arguments) {
        parts.append(argument.name);
    }
    return parts.join(QLatin1Char(' '));
}

CommandHelp describe(const CommandGroup &group, const CommandEntry &command)
{
    CommandHelp help;
    help.group = &group;
    help.command = &command;
    help.words = commandWords(group, command);
    QStringList arguments {QStringLiteral("episodedesk")};
    arguments += help.words.split(QLatin1Char(' '));
    arguments.append(QStringLiteral("--help"));
    Invocation invocation(arguments, QString());
    {
        OutputCapture capture;
        group.run(invocation);
        help.helpText = capture.text();
    }
    parseHelp(help.helpText, &help);
    return help;
}

QList<CommandHelp> describeAll()
{
    QList<CommandHelp> all;
    for (const CommandGroup &group : commandGroups()) {
        if (group.reference) {
            continue;
        }
        for (const CommandEntry &command : group.commands) {
            all.append(describe(group, command));
        }
    }
    return all;
}

std::optional<int> runHelp(Invocation &invocation)
{
    return help(invocation);
}

} // namespace EpisodeDesk::App::Commands
