// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/xprices.h"

#include "text/twittertext.h"

#include <QRegularExpression>

namespace EpisodeDesk::Models {

XPrices XPrices::defaults()
{
    // X_API_NOTES.md, "Prices (X's pricing page, pay-per-use, 2026)": Post: Create $0.015, Post: Create
    // (with URL) $0.200, Posts: Read $0.005 per resource, Owned Reads $0.001 per resource.
    return {15000, 200000, 5000, 1000, QDate(2026, 1, 1)};
}

bool XPrices::isValid() const
{
    for (const qint64 micros : {createMicros, createWithUrlMicros, readMicros, ownedReadMicros}) {
        if (micros < 0 || micros > kMaxMicros) {
            return false;
        }
    }
    return readOn.isValid();
}

bool XPrices::hasUrl(const QString &sentText)
{
    return !extractUrlsWithIndices(sentText).isEmpty();
}

qint64 XPrices::costOfPost(const QString &sentText) const
{
    return hasUrl(sentText) ? createWithUrlMicros : createMicros;
}

std::optional<qint64> XPrices::parseUsd(const QString &text)
{
    // Digits only, parsed as text: "0.1" must be exactly 100000 micro-dollars.
    static const QRegularExpression number(QStringLiteral("^\\$?([0-9]{1,7})?(?:\\.([0-9]{0,6}))?$"));
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch match = number.match(trimmed);
    if (trimmed.isEmpty() || !match.hasMatch() || (match.captured(1).isEmpty() && match.captured(2).isEmpty())) {
        return std::nullopt;
    }
    const qint64 whole = match.captured(1).toLongLong();
    const qint64 fraction = match.captured(2).leftJustified(6, QLatin1Char('0')).toLongLong();
    const qint64 micros = whole * 1000000 + fraction;
    if (micros > kMaxMicros) {
        return std::nullopt;
    }
    return micros;
}

QString XPrices::formatUsd(qint64 micros, int minDecimals)
{
    const bool negative = micros < 0;
    const qint64 magnitude = negative ? -micros : micros;
    QString fraction = QStringLiteral("%1").arg(magnitude % 1000000, 6, 10, QLatin1Char('0'));
    while (fraction.size() > minDecimals && fraction.endsWith(QLatin1Char('0'))) {
        fraction.chop(1);
    }
    QString result = QString::number(magnitude / 1000000);
    if (!fraction.isEmpty()) {
        result += QLatin1Char('.') + fraction;
    }
    return negative ? QLatin1Char('-') + result : result;
}

} // namespace EpisodeDesk::Models
