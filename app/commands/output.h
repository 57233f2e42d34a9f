// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

namespace EpisodeDesk::App {

// Exit codes of the command line; scripts depend on them (README "Command line").
enum ExitCode
{
    ExitOk = 0,
    ExitError = 1, // missing id, bad database, keychain, other errors
    ExitUsage = 2, // wrong arguments
    ExitRefused = 3, // refused by state: already posted, already posting, unknown, disabled
    ExitFailed = 4, // not published, and the message says why (rate limited until …, unauthorized, …)
    ExitUnknown = 5, // may be published: run verify
};

namespace Commands {

// The command line's translation context, one for every command group.
QString tr(const char *text);

QTextStream &out();
QTextStream &err();

// Prints `message` on standard error and returns `code`, so a command can `return fail(…)`.
int fail(int code, const QString &message);

// JSON times are ISO 8601 in UTC ("…Z"), null when there is none; empty text is null too.
QJsonValue jsonTime(const QDateTime &time);
QJsonValue jsonText(const QString &text);

// Text output is for a person: local time with its zone, and a dash for nothing.
QString localTime(const QDateTime &time);
QString orDash(const QString &text);

} // namespace Commands

} // namespace EpisodeDesk::App
