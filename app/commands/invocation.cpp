// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/invocation.h"

#include "commands/output.h"

#include <QCoreApplication>

namespace EpisodeDesk::App::Commands {

using namespace EpisodeDesk::Models;

Invocation::Invocation(QStringList arguments, const QString &databasePath)
    : m_arguments(std::move(arguments)), m_databasePath(databasePath.isEmpty() ? Database::defaultPath() : databasePath)
{ }

bool Invocation::openDatabase()
{
    if (!m_db.open(m_databasePath, QStringLiteral("cli"))) {
        err() << m_db.errorString() << Qt::endl;
        return false;
    }
    return true;
}

Subcommand::Subcommand(const Invocation &invocation, int words, const QString &description)
{
    const QStringList &all = invocation.arguments();
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    arguments = all.mid(words);
    arguments.prepend(all.mid(0, words).join(QLatin1Char(' ')));
    usageName = (QStringList {QStringLiteral("episodedesk")} + all.mid(1, words - 1)).join(QLatin1Char(' '));
}

std::optional<int> Subcommand::parse()
{
    if (!parser.parse(arguments)) {
        return fail(ExitUsage, parser.errorText() + QLatin1Char('\n') + helpText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText();
        return ExitOk;
    }
    return std::nullopt;
}

QString Subcommand::helpText() const
{
    // QCommandLineParser names the program by its path (QCoreApplication::arguments()); the usage line
    // names the command as it is typed: "Usage: episodedesk tweets add [options]".
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < lineEnd) {
        text.replace(at, program.size(), usageName);
    }
    return text;
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<qint64> singleId(const Subcommand &command, const QString &message)
{
    const QStringList positional = command.parser.positionalArguments();
    const auto id = parseId(positional.value(0));
    if (!id || positional.size() != 1) {
        fail(ExitUsage, message);
        return std::nullopt;
    }
    return id;
}

QDateTime parseDateTime(const QString &text)
{
    QString normalized = text.trimmed();
    normalized.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime time = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(normalized, Qt::ISODate);
    }
    return time;
}

} // namespace EpisodeDesk::App::Commands
