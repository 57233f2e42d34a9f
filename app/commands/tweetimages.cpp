// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/tweetimages.h"

#include "commands/output.h"
#include "media/artworkfetcher.h"
#include "media/imageprep.h"
#include "media/mediastore.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace EpisodeDesk::App::Commands {

using namespace EpisodeDesk::Models;

Q_LOGGING_CATEGORY(lcCliImages, "episodedesk.cli.images")

namespace {

const QString kImage = QStringLiteral("image");
const QString kAlt = QStringLiteral("alt");
const QString kArtwork = QStringLiteral("episode-artwork");

// How the sentences name an image: its file, or the artwork.
QString nameOf(const ImageArgument &argument)
{
    return argument.path.isEmpty() ? tr("the episode's artwork")
                                   : QStringLiteral("“%1”").arg(QFileInfo(argument.path).fileName());
}

// The image as it will sit on the tweet, before it is stored: enough for imagesProblem() and the notes.
TweetImage described(const QByteArray &data, const QString &mimeType, int width, int height)
{
    TweetImage image;
    image.mimeType = mimeType;
    image.bytes = data.size();
    image.width = width;
    image.height = height;
    return image;
}

ImageCheck check(QNetworkAccessManager *network, const QSqlDatabase &db, qint64 episodeId,
                 const ImageArgument &argument)
{
    if (!argument.path.isEmpty()) {
        return prepareImageFile(argument.path);
    }
    // An empty address (no artwork known) comes back as the fetcher's own sentence.
    return ArtworkFetcher::fetchBlocking(network, ArtworkFetcher::artworkUrl(db, episodeId));
}

void noteReencoded(const ImageArgument &argument, const PreparedImage &image)
{
    err() << tr("Note: %1 (%2) is larger than X takes; it was stored as %3. The original is kept.")
                 .arg(nameOf(argument),
                      describeImage(
                          described(image.original, image.originalMimeType, image.originalWidth, image.originalHeight)),
                      describeImage(described(image.data, image.mimeType, image.width, image.height)))
          << Qt::endl;
}

} // namespace

void addImageOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {kImage, tr("Attach the image in this file (JPEG, PNG, WebP or GIF); may be repeated, up to 4."), tr("PATH")});
    parser.addOption({kArtwork, tr("Attach the episode's artwork, as its feed names it.")});
    parser.addOption({kAlt, tr("Alt text of the --image or --episode-artwork just before it."), tr("TEXT")});
}

QList<ImageArgument> imageArguments(const QCommandLineParser &parser, bool *usageError)
{
    *usageError = false;
    const QStringList paths = parser.values(kImage);
    const QStringList alts = parser.values(kAlt);
    qsizetype nextPath = 0;
    qsizetype nextAlt = 0;
    QList<ImageArgument> arguments;
    for (const QString &name : parser.optionNames()) {
        if (name == kImage) {
            arguments.append(ImageArgument {paths.value(nextPath++), {}, false});
        } else if (name == kArtwork) {
            arguments.append(ImageArgument {});
        } else if (name == kAlt) {
            if (arguments.isEmpty()) {
                *usageError = true;
                fail(ExitUsage,
                     tr("--alt gives the alt text of the --image or --episode-artwork before it; "
                        "put it after the image it describes."));
                return {};
            }
            ImageArgument &last = arguments.last();
            if (last.hasAlt) {
                *usageError = true;
                fail(ExitUsage, tr("Two --alt texts were given for %1; give one after each image.").arg(nameOf(last)));
                return {};
            }
            // X counts the alt text's characters after NFC, as it does a tweet's.
            last.alt = alts.value(nextAlt++).normalized(QString::NormalizationForm_C);
            last.hasAlt = true;
            if (last.alt.size() > kMaxAltTextLength) {
                *usageError = true;
                fail(ExitUsage,
                     tr("The alt text of %1 has %2 characters; X takes up to %3.")
                         .arg(nameOf(last))
                         .arg(last.alt.size())
                         .arg(kMaxAltTextLength));
                return {};
            }
        }
    }
    if (arguments.size() > kMaxImagesPerTweet) {
        *usageError = true;
        fail(ExitUsage,
             tr("X takes at most %1 images on a post; %2 were given. Nothing was saved.")
                 .arg(kMaxImagesPerTweet)
                 .arg(arguments.size()));
        return {};
    }
    return arguments;
}

std::optional<QList<TweetImage>> storeImages(const QSqlDatabase &db, qint64 episodeId,
                                             const QList<ImageArgument> &arguments)
{
    // Every image is checked before any is stored: a refusal leaves the store as it was.
    std::optional<QNetworkAccessManager> network;
    QList<PreparedImage> prepared;
    QList<TweetImage> planned;
    for (const ImageArgument &argument : arguments) {
        if (argument.path.isEmpty() && !network) {
            network.emplace();
        }
        const ImageCheck checked = check(network ? &*network : nullptr, db, episodeId, argument);
        if (!checked.ok()) {
            fail(ExitError, checked.error + tr(" Nothing was saved."));
            return std::nullopt;
        }
        prepared.append(*checked.image);
        planned.append(described(checked.image->data, checked.image->mimeType, 0, 0));
        planned.last().alt = argument.alt;
    }
    if (const QString problem = imagesProblem(planned); !problem.isEmpty()) {
        fail(ExitError, problem + tr(" Nothing was saved."));
        return std::nullopt;
    }
    MediaStore store(db);
    QList<TweetImage> images;
    for (qsizetype i = 0; i < prepared.size(); ++i) {
        std::optional<TweetImage> image = store.put(prepared.at(i));
        if (!image) {
            const QString error = store.lastError();
            removeUnusedImages(db, images); // the ones stored before this one
            fail(ExitError, tr("Could not store %1: %2 Nothing was saved.").arg(nameOf(arguments.at(i)), error));
            return std::nullopt;
        }
        image->alt = arguments.at(i).alt;
        images.append(*image);
        if (prepared.at(i).reencoded()) {
            noteReencoded(arguments.at(i), prepared.at(i));
        }
        if (!arguments.at(i).hasAlt) {
            err() << tr("Note: %1 has no alt text (--alt TEXT after it); people who cannot see it will not know "
                        "what it shows.")
                         .arg(nameOf(arguments.at(i)))
                  << Qt::endl;
        }
    }
    return images;
}

void removeUnusedImages(const QSqlDatabase &db, const QList<TweetImage> &letGo)
{
    MediaStore store(db);
    if (store.removeUnused(letGo) < 0) {
        qCWarning(lcCliImages) << "removing unused images failed:" << store.lastError();
        err() << tr("Note: images no tweet uses any more could not be removed yet; the next change removes them.")
              << Qt::endl;
    }
}

QString imagesMark(qsizetype count)
{
    if (count == 0) {
        return {};
    }
    return tr("[%n images]", nullptr, int(count));
}

} // namespace EpisodeDesk::App::Commands
