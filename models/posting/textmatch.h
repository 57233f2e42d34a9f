// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "x/xresponse.h"

#include <QString>
#include <QStringList>

namespace EpisodeDesk::Models {

// Whether a post on X is the one we sent (DESIGN.md, posting protocol step 5 "Verify").
enum class PostMatch
{
    Match, // the same text, and every t.co link stands for the link that was sent there
    NoMatch, // another text, or a link that X says stands for something else
    CannotTell, // the text fits only if a t.co link is ours, and X did not say what it stands for
};

// X rewrites every link to a t.co link and HTML-escapes &, < and >, so the texts are compared after
// decoding those entities, NFC and folding runs of blanks; each t.co link in X's text must stand where
// a link of the sent text stands, and its entity's expanded_url must be that link, compared as a URL
// (scheme and host in any case, a scheme-less link equal to http:// or https://, default ports and the
// lone "/" of an empty path ignored, the rest exact). Without that last check two announcements that
// differ only in their link (".../ep101", ".../ep102") would each match the other's post.
//
//     switch (matchPost(attempt.textSent, post)) {
//     case PostMatch::Match:      // settle posted with post.id
//     case PostMatch::NoMatch:    // not this post
//     case PostMatch::CannotTell: // keep the tweet unknown: never "verified not published" on this
//     }
//
// `post` must have been read with tweet.fields=entities (XClient::userTweets asks for it); without
// entities every post whose text fits is CannotTell. Pure: no I/O. The same as
// matchPost(sent, {}, post): a post sent without media.
PostMatch matchPost(const QString &sent, const XPostSummary &post);

// With images: X appends one t.co link to a post with media (its entity has a media_key, and its
// expanded_url is https://x.com/<user>/status/<id>/photo/1). Trailing links X names so are left out
// of the text comparison, and the post's attachments.media_keys must equal `sentMediaKeys` as a set
// (both empty is fine). Without attachments (not asked for, XPostSummary::hasAttachments) a post
// whose text fits only with such a link is CannotTell, never Match; a post without any media link
// has no media.
PostMatch matchPost(const QString &sent, const QStringList &sentMediaKeys, const XPostSummary &post);

// Whether two links are the same for matchPost(): `sent` as the user wrote it, `expanded` as X names
// it. Public for tests.
bool sameLink(const QString &sent, const QString &expanded);

// Stable names ("match", "no-match", "cannot-tell") for logs and tests.
QString postMatchName(PostMatch match);

} // namespace EpisodeDesk::Models
