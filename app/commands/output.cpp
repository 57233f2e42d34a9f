// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/output.h"

#include <QCoreApplication>

#include <cstdio>

namespace EpisodeDesk::App::Commands {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(int code, const QString &message)
{
    err() << message << Qt::endl;
    return code;
}

QJsonValue jsonTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")) : tr("—");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? tr("—") : text;
}

} // namespace EpisodeDesk::App::Commands
