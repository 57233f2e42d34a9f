// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace EpisodeDesk::Models {

// One link of a sent text as X reports it in a post's entities.urls.
struct TcoLink
{
    QString url; // https://t.co/… as it stands in the returned text
    QString expandedUrl; // the link as sent; http:// in front when it was written without a scheme
    QString displayUrl; // expandedUrl without its scheme, cut after 30 characters with "…"
    int start = 0; // Unicode code points into the returned text, end exclusive
    int end = 0;
    QString mediaKey; // the link X appends to a post with media: its first media key; else empty
};

// A sent text as the local X server returns it.
struct TcoWrappedText
{
    QString text; // every link a 23-character t.co link; &, < and > HTML-escaped
    QList<TcoLink> links; // in text order
};

// What X makes of a sent text: the same text and links for the same post id, every time, so that a
// server can rebuild a stored post's entities from what was sent. Links are found with an
// approximation of twitter-text good for the links podcasters post (a scheme, or a bare domain with a
// known TLD, trailing punctuation left out); the text/ rules stay the reference for counting.
TcoWrappedText wrapLinksAsX(const QString &sent, const QString &postId);

// Appends the one link X adds to the end of a post with media (" https://t.co/…"), standing for
// https://x.com/<username>/status/<postId>/photo/1 with display_url pic.x.com/…; the same link for
// the same post every time. `username` only matters to the entity, not to the text.
void appendMediaLink(TcoWrappedText *wrapped, const QString &postId, const QString &username, const QString &mediaKey);

// {"urls":[{"start","end","url","expanded_url","display_url"[,"media_key"]}, …]}, X v2's entities object.
QJsonObject entitiesJson(const QList<TcoLink> &links);

} // namespace EpisodeDesk::Models
