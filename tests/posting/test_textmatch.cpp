// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/textmatch.h"
#include "sandbox/localxserver.h"
#include "x/xclient.h"
#include "x/xnetworkaccessmanager.h"

#include <QTest>

#include <optional>

using namespace EpisodeDesk::Models;
using namespace Qt::StringLiterals;

namespace EpisodeDesk::Models {
char *toString(PostMatch match)
{
    return qstrdup(qPrintable(postMatchName(match)));
}
} // namespace EpisodeDesk::Models

Q_DECLARE_METATYPE(EpisodeDesk::Models::XPostSummary)

namespace {

// A post as X lists it with tweet.fields=entities. Each pair is a t.co link of the text and the link
// X says it stands for (offsets do not matter to matchPost, which finds links by their url).
XPostSummary post(const QString &text, const QList<std::pair<QString, QString>> &links = {})
{
    XPostSummary summary;
    summary.id = u"1880000000000000001"_s;
    summary.text = text;
    summary.hasEntities = !links.isEmpty();
    for (const auto &[url, expanded] : links) {
        summary.urls.append({url, expanded, {}, 0, 23, {}});
    }
    return summary;
}

// A post with media as X lists it with tweet.fields=entities,attachments: `text` already ends with
// the media link `mediaLink`, whose entity names `expanded` and `mediaKey` (either may be empty);
// `attachments` empty with `read` false means attachments were not asked for.
XPostSummary withMedia(const QString &text, const QList<std::pair<QString, QString>> &links, const QString &mediaLink,
                       const QString &expanded, const QString &mediaKey, const QStringList &attachments,
                       bool read = true)
{
    XPostSummary summary = post(text, links);
    summary.hasEntities = true;
    summary.urls.append({mediaLink, expanded, u"pic.x.com/MeDiA12345"_s, 0, 23, mediaKey});
    summary.mediaKeys = attachments;
    summary.hasAttachments = read;
    return summary;
}

// The same post, listed without entities (not asked for, or X left them out).
XPostSummary bare(const QString &text)
{
    return post(text);
}

const QString kT1 = u"https://t.co/AbCdEf1234"_s;
const QString kT2 = u"https://t.co/ZyXwVu9876"_s;
const QString kMediaLink = u"https://t.co/MeDiA12345"_s;
const QString kPhoto = u"https://x.com/alice_pod/status/1880000000000000001/photo/1"_s;

const XCredentials kCredentials {u"match-consumer-key"_s, u"match-consumer-secret"_s, u"match-token"_s,
                                 u"match-token-secret"_s};

} // namespace

class TextMatchTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchPost_data();
    void matchPost();
    void matchPostWithMedia_data();
    void matchPostWithMedia();
    void sameLink_data();
    void sameLink();
    void neighbourOnLocalServer();
};

void TextMatchTest::matchPost_data()
{
    QTest::addColumn<QString>("sent");
    QTest::addColumn<XPostSummary>("onX");
    QTest::addColumn<PostMatch>("expected");

    using M = PostMatch;
    const QString a = u"Out now! https://example.com/ep101"_s;
    const QString b = u"Out now! https://example.com/ep102"_s;
    const QString onX = u"Out now! "_s + kT1;

    // The reported bug: the same words, one account, links that differ only after the host.
    QTest::newRow("neighbour: A's text, B's post")
        << a << post(onX, {{kT1, u"https://example.com/ep102"_s}}) << M::NoMatch;
    QTest::newRow("neighbour: B's text, B's post")
        << b << post(onX, {{kT1, u"https://example.com/ep102"_s}}) << M::Match;

    QTest::newRow("identical, no link") << u"Hello"_s << bare(u"Hello"_s) << M::Match;
    QTest::newRow("identical, link X left alone") << a << bare(a) << M::Match;
    QTest::newRow("different text") << u"Episode 7"_s << bare(u"Episode 8"_s) << M::NoMatch;
    QTest::newRow("different text, same link")
        << a << post(u"Out later! "_s + kT1, {{kT1, u"https://example.com/ep101"_s}}) << M::NoMatch;
    QTest::newRow("prefix only") << u"Hello"_s << bare(u"Hello world"_s) << M::NoMatch;

    // Scheme-less links come back from X with http:// in front.
    QTest::newRow("scheme-less link") << u"Listen: example.com/ep101"_s
                                      << post(u"Listen: "_s + kT1, {{kT1, u"http://example.com/ep101"_s}}) << M::Match;
    QTest::newRow("scheme-less link, https")
        << u"Listen: example.com/ep101"_s << post(u"Listen: "_s + kT1, {{kT1, u"https://example.com/ep101"_s}})
        << M::Match;
    QTest::newRow("scheme-less neighbour")
        << u"Listen: example.com/ep101"_s << post(u"Listen: "_s + kT1, {{kT1, u"http://example.com/ep102"_s}})
        << M::NoMatch;
    QTest::newRow("uppercase host and scheme")
        << u"Out now! HTTPS://Example.COM/ep101"_s << post(onX, {{kT1, u"https://example.com/ep101"_s}}) << M::Match;
    QTest::newRow("path case matters") << u"Out now! https://example.com/EP101"_s
                                       << post(onX, {{kT1, u"https://example.com/ep101"_s}}) << M::NoMatch;

    // X leaves sentence punctuation out of a link; the scheme rule of the sent side would take it in.
    QTest::newRow("trailing punctuation")
        << u"New: https://example.com/ep101!"_s
        << post(u"New: "_s + kT1 + u'!', {{kT1, u"https://example.com/ep101"_s}}) << M::Match;
    QTest::newRow("in parentheses") << u"(see https://example.com/ep101)."_s
                                    << post(u"(see "_s + kT1 + u")."_s, {{kT1, u"https://example.com/ep101"_s}})
                                    << M::Match;
    QTest::newRow("punctuation taken for the link")
        << u"New: https://example.com/ep101!"_s << post(u"New: "_s + kT1, {{kT1, u"https://example.com/ep101!"_s}})
        << M::Match;

    const QString twoLinks = u"a https://a.example.com/1 b https://b.example.com/2"_s;
    const QString twoOnX = u"a "_s + kT1 + u" b "_s + kT2;
    QTest::newRow("two links") << twoLinks
                               << post(twoOnX,
                                       {{kT1, u"https://a.example.com/1"_s}, {kT2, u"https://b.example.com/2"_s}})
                               << M::Match;
    QTest::newRow("two links, entities listed in another order")
        << twoLinks << post(twoOnX, {{kT2, u"https://b.example.com/2"_s}, {kT1, u"https://a.example.com/1"_s}})
        << M::Match;
    QTest::newRow("two links swapped")
        << twoLinks << post(twoOnX, {{kT1, u"https://b.example.com/2"_s}, {kT2, u"https://a.example.com/1"_s}})
        << M::NoMatch;
    QTest::newRow("two links, one unnamed")
        << twoLinks << post(twoOnX, {{kT1, u"https://a.example.com/1"_s}}) << M::CannotTell;
    QTest::newRow("two links, one unnamed, other wrong")
        << twoLinks << post(twoOnX, {{kT1, u"https://a.example.com/9"_s}}) << M::NoMatch;

    // X escapes &, < and > in the text; an expanded URL carries its query as sent.
    const QString qa = u"Q&A <live>: https://example.com/ep?a=1&b=2"_s;
    const QString qaOnX = u"Q&amp;A &lt;live&gt;: "_s + kT1;
    QTest::newRow("&amp; in text and in a query")
        << qa << post(qaOnX, {{kT1, u"https://example.com/ep?a=1&b=2"_s}}) << M::Match;
    QTest::newRow("&amp; escaped in the expanded URL too")
        << qa << post(qaOnX, {{kT1, u"https://example.com/ep?a=1&amp;b=2"_s}}) << M::Match;
    QTest::newRow("query differs") << qa << post(qaOnX, {{kT1, u"https://example.com/ep?a=1&b=3"_s}}) << M::NoMatch;
    QTest::newRow("query order matters") << qa << post(qaOnX, {{kT1, u"https://example.com/ep?b=2&a=1"_s}})
                                         << M::NoMatch;
    QTest::newRow("html escaped, no link") << u"Q&A <live>"_s << bare(u"Q&amp;A &lt;live&gt;"_s) << M::Match;

    // Without entities a fitting text can neither be confirmed nor ruled out.
    QTest::newRow("no entities") << a << bare(onX) << M::CannotTell;
    QTest::newRow("no entities, scheme-less")
        << u"Listen: example.com/ep101"_s << bare(u"Listen: "_s + kT1) << M::CannotTell;
    QTest::newRow("no entities, text differs") << a << bare(u"Out later! "_s + kT1) << M::NoMatch;
    QTest::newRow("no entities, word where X has a link") << u"Out now! soon"_s << bare(onX) << M::NoMatch;
    QTest::newRow("entities without this link")
        << a << post(onX, {{u"https://t.co/Other00000"_s, u"https://example.com/ep101"_s}}) << M::CannotTell;
    QTest::newRow("entity without expanded_url") << a << post(onX, {{kT1, QString()}}) << M::CannotTell;
    QTest::newRow("X contradicts itself")
        << a << post(onX, {{kT1, u"https://example.com/ep101"_s}, {kT1, u"https://example.com/ep102"_s}})
        << M::CannotTell;

    // A link on one side only.
    QTest::newRow("post has a link the text has not")
        << u"Out now!"_s << post(onX, {{kT1, u"https://example.com/ep101"_s}}) << M::NoMatch;
    QTest::newRow("text has a link the post has not") << a << post(u"Out now!"_s) << M::NoMatch;
    QTest::newRow("link vs word") << u"see https://a.example"_s << bare(u"see nothing"_s) << M::NoMatch;

    // Characters that take more than one UTF-16 unit, or are not ASCII, before and in a link.
    QTest::newRow("emoji before the link")
        << u"\U0001F399\uFE0F New episode \U0001F525 https://example.com/ep101"_s
        << post(u"\U0001F399\uFE0F New episode \U0001F525 "_s + kT1, {{kT1, u"https://example.com/ep101"_s}})
        << M::Match;
    QTest::newRow("CJK before the link, no blank")
        << u"新しいエピソード：https://example.com/ep101"_s
        << post(u"新しいエピソード："_s + kT1, {{kT1, u"https://example.com/ep101"_s}}) << M::Match;
    QTest::newRow("CJK neighbour") << u"新しいエピソード https://example.com/ep101"_s
                                   << post(u"新しいエピソード "_s + kT1, {{kT1, u"https://example.com/ep102"_s}})
                                   << M::NoMatch;
    QTest::newRow("non-ASCII path, percent-encoded by X")
        << u"Out now! example.com/café"_s << post(onX, {{kT1, u"http://example.com/caf%C3%A9"_s}}) << M::Match;

    // Normalisation the texts have always had.
    QTest::newRow("trailing blank") << u"Hello "_s << bare(u"Hello"_s) << M::Match;
    QTest::newRow("blank runs and CRLF") << u"Line  one\r\nLine\ttwo"_s << bare(u"Line one\nLine two"_s) << M::Match;
    QTest::newRow("NFC") << u"Cafe\u0301"_s << bare(u"Caf\u00e9"_s) << M::Match;
    QTest::newRow("regex characters") << u"1+1=(2)? [yes]*"_s << bare(u"1+1=(2)? [yes]*"_s) << M::Match;
    QTest::newRow("regex characters differ") << u"a.c"_s << bare(u"abc"_s) << M::NoMatch;
}

void TextMatchTest::matchPost()
{
    QFETCH(QString, sent);
    QFETCH(XPostSummary, onX);
    QFETCH(PostMatch, expected);
    QCOMPARE(EpisodeDesk::Models::matchPost(sent, onX), expected);
    // The two-argument form is the one without media.
    QCOMPARE(EpisodeDesk::Models::matchPost(sent, QStringList(), onX), expected);
}

void TextMatchTest::matchPostWithMedia_data()
{
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QStringList>("sentKeys");
    QTest::addColumn<XPostSummary>("onX");
    QTest::addColumn<PostMatch>("expected");

    using M = PostMatch;
    const QString a = u"Out now! https://example.com/ep101"_s;
    const QString b = u"Out now! https://example.com/ep102"_s;
    const QString onX = u"Out now! "_s + kT1 + u' ' + kMediaLink;
    const QList<std::pair<QString, QString>> ep101 {{kT1, u"https://example.com/ep101"_s}};
    const QStringList one {u"3_111"_s};
    const QStringList two {u"3_111"_s, u"3_222"_s};

    QTest::newRow("one image") << a << one << withMedia(onX, ep101, kMediaLink, kPhoto, u"3_111"_s, one) << M::Match;
    QTest::newRow("two images, X's order differs")
        << a << two << withMedia(onX, ep101, kMediaLink, kPhoto, u"3_222"_s, {u"3_222"_s, u"3_111"_s}) << M::Match;
    QTest::newRow("other image") << a << one << withMedia(onX, ep101, kMediaLink, kPhoto, u"3_999"_s, {u"3_999"_s})
                                 << M::NoMatch;
    QTest::newRow("one image of two") << a << two << withMedia(onX, ep101, kMediaLink, kPhoto, u"3_111"_s, one)
                                      << M::NoMatch;
    QTest::newRow("sent without media, post has some")
        << a << QStringList() << withMedia(onX, ep101, kMediaLink, kPhoto, u"3_111"_s, one) << M::NoMatch;
    QTest::newRow("sent with media, post without") << a << one << post(u"Out now! "_s + kT1, ep101) << M::NoMatch;
    QTest::newRow("sent with media, post without, attachments read") << a << one << [&] {
        XPostSummary summary = post(u"Out now! "_s + kT1, ep101);
        summary.hasAttachments = true;
        return summary;
    }() << M::NoMatch;
    QTest::newRow("text differs") << u"Out later! https://example.com/ep101"_s << one
                                  << withMedia(onX, ep101, kMediaLink, kPhoto, u"3_111"_s, one) << M::NoMatch;
    QTest::newRow("neighbour with media: A's text, B's post")
        << a << one << withMedia(onX, {{kT1, u"https://example.com/ep102"_s}}, kMediaLink, kPhoto, u"3_111"_s, one)
        << M::NoMatch;
    QTest::newRow("neighbour with media: B's text, B's post")
        << b << one << withMedia(onX, {{kT1, u"https://example.com/ep102"_s}}, kMediaLink, kPhoto, u"3_111"_s, one)
        << M::Match;
    QTest::newRow("no link but the media link")
        << u"Hello"_s << one << withMedia(u"Hello "_s + kMediaLink, {}, kMediaLink, kPhoto, u"3_111"_s, one)
        << M::Match;
    QTest::newRow("media link named by its address only")
        << a << one << withMedia(onX, ep101, kMediaLink, kPhoto, QString(), one) << M::Match;
    QTest::newRow("twitter.com video address")
        << a << one
        << withMedia(onX, ep101, kMediaLink, u"https://twitter.com/alice_pod/status/1880000000000000001/video/1"_s,
                     QString(), one)
        << M::Match;

    // Which media the post carries is not known without attachments: never a match.
    QTest::newRow("attachments not read")
        << a << one << withMedia(onX, ep101, kMediaLink, kPhoto, u"3_111"_s, {}, false) << M::CannotTell;
    QTest::newRow("attachments not read, address only")
        << a << one << withMedia(onX, ep101, kMediaLink, kPhoto, QString(), {}, false) << M::CannotTell;
    QTest::newRow("no entities: a trailing link nobody named")
        << u"Hello"_s << one << bare(u"Hello "_s + kMediaLink) << M::CannotTell;
    QTest::newRow("no entities, attachments read") << u"Hello"_s << one << [&] {
        XPostSummary summary = bare(u"Hello "_s + kMediaLink);
        summary.mediaKeys = one;
        summary.hasAttachments = true;
        return summary;
    }() << M::CannotTell;
    QTest::newRow("no entities, text differs") << u"Hello"_s << one << bare(u"Goodbye "_s + kMediaLink) << M::NoMatch;
    QTest::newRow("attachments not read, sent without media")
        << a << QStringList() << withMedia(onX, ep101, kMediaLink, kPhoto, u"3_111"_s, {}, false) << M::NoMatch;

    // A photo address the user wrote is a link of the text, not X's media link.
    QTest::newRow("sent text ends with a photo address")
        << u"Look: "_s + kPhoto << QStringList() << post(u"Look: "_s + kT1, {{kT1, kPhoto}}) << M::Match;
    QTest::newRow("both empty") << u"Hello"_s << QStringList() << bare(u"Hello"_s) << M::Match;
}

void TextMatchTest::matchPostWithMedia()
{
    QFETCH(QString, sent);
    QFETCH(QStringList, sentKeys);
    QFETCH(XPostSummary, onX);
    QFETCH(PostMatch, expected);
    QCOMPARE(EpisodeDesk::Models::matchPost(sent, sentKeys, onX), expected);
}

void TextMatchTest::sameLink_data()
{
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QString>("expanded");
    QTest::addColumn<bool>("same");

    QTest::newRow("equal") << u"https://example.com/ep101"_s << u"https://example.com/ep101"_s << true;
    QTest::newRow("neighbour") << u"https://example.com/ep101"_s << u"https://example.com/ep102"_s << false;
    QTest::newRow("scheme-less, http") << u"example.com/ep101"_s << u"http://example.com/ep101"_s << true;
    QTest::newRow("scheme-less, https") << u"example.com/ep101"_s << u"https://example.com/ep101"_s << true;
    QTest::newRow("scheme-less, ftp") << u"example.com/ep101"_s << u"ftp://example.com/ep101"_s << false;
    QTest::newRow("http vs https") << u"http://example.com/ep101"_s << u"https://example.com/ep101"_s << false;
    QTest::newRow("scheme case") << u"HTTPS://example.com/x"_s << u"https://example.com/x"_s << true;
    QTest::newRow("host case") << u"https://Example.COM/x"_s << u"https://example.com/x"_s << true;
    QTest::newRow("path case") << u"https://example.com/X"_s << u"https://example.com/x"_s << false;
    QTest::newRow("default port https") << u"https://example.com:443/x"_s << u"https://example.com/x"_s << true;
    QTest::newRow("default port http, scheme-less") << u"example.com:80/x"_s << u"http://example.com/x"_s << true;
    QTest::newRow("other port") << u"example.com:8080/x"_s << u"http://example.com/x"_s << false;
    QTest::newRow("same other port") << u"example.com:8080/x"_s << u"http://example.com:8080/x"_s << true;
    QTest::newRow("empty path, slash") << u"example.com"_s << u"http://example.com/"_s << true;
    QTest::newRow("empty path, slash before query")
        << u"https://example.com?a=1"_s << u"https://example.com/?a=1"_s << true;
    QTest::newRow("trailing slash on a path")
        << u"https://example.com/ep101/"_s << u"https://example.com/ep101"_s << false;
    QTest::newRow("fragment differs") << u"https://example.com/x#a"_s << u"https://example.com/x#b"_s << false;
    QTest::newRow("query differs") << u"https://example.com/x?a=1"_s << u"https://example.com/x?a=2"_s << false;
    QTest::newRow("user info") << u"https://me@example.com/x"_s << u"https://example.com/x"_s << false;
    QTest::newRow("IDN host") << u"bücher.example/ep"_s << u"http://xn--bcher-kva.example/ep"_s << true;
    QTest::newRow("percent-encoding case") << u"https://example.com/a%2fb"_s << u"https://example.com/a%2Fb"_s << true;
    QTest::newRow("percent-escape is not the character")
        << u"https://example.com/a%2Fb"_s << u"https://example.com/a/b"_s << false;
    QTest::newRow("IPv6 and port") << u"http://[::1]:80/x"_s << u"http://[::1]/x"_s << true;
}

void TextMatchTest::sameLink()
{
    QFETCH(QString, sent);
    QFETCH(QString, expanded);
    QFETCH(bool, same);
    QCOMPARE(EpisodeDesk::Models::sameLink(sent, expanded), same);
}

// The user's report end to end: A's request is lost (X creates nothing), B posts, and the timeline read
// back through XClient from the local X server tells the two apart.
void TextMatchTest::neighbourOnLocalServer()
{
    const QString userId = u"3003"_s;
    LocalXServer server;
    server.addUser(userId, u"matchshow"_s, u"Match show"_s, kCredentials);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    XNetworkAccessManager manager;
    XClient client(&manager);

    const QString a = u"Out now! https://example.com/ep101"_s;
    const QString b = u"Out now! https://example.com/ep102"_s;
    server.injectFault({.kind = LocalXServer::FaultKind::DropBeforeCreate});
    std::optional<XCreateResult> created;
    client.createPost(server.baseUrl(), kCredentials, a, this, [&](const XCreateResult &r) { created = r; });
    QTRY_VERIFY(created.has_value());
    QCOMPARE(created->outcome, XOutcome::MayHavePublished);
    created.reset();
    client.createPost(server.baseUrl(), kCredentials, b, this, [&](const XCreateResult &r) { created = r; });
    QTRY_VERIFY(created.has_value());
    QCOMPARE(created->outcome, XOutcome::Published);
    QCOMPARE(server.storedPostCount(), 1);

    std::optional<XUserTweetsResult> timeline;
    client.userTweets(server.baseUrl(), kCredentials, userId, {}, this,
                      [&](const XUserTweetsResult &r) { timeline = r; });
    QTRY_VERIFY(timeline.has_value());
    QVERIFY2(timeline->ok, qPrintable(timeline->message));
    QCOMPARE(timeline->posts.size(), 1);
    const XPostSummary &postB = timeline->posts.constFirst();
    QCOMPARE(postB.id, created->postId);
    QVERIFY(postB.text != b); // the link came back as t.co
    QVERIFY(postB.hasEntities);
    QCOMPARE(EpisodeDesk::Models::matchPost(a, postB), PostMatch::NoMatch);
    QCOMPARE(EpisodeDesk::Models::matchPost(b, postB), PostMatch::Match);
}

QTEST_GUILESS_MAIN(TextMatchTest)
#include "test_textmatch.moc"
