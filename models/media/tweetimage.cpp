// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/tweetimage.h"

#include <QCoreApplication>
#include <QLocale>

namespace EpisodeDesk::Models {

namespace {

QString formatName(const QString &mimeType)
{
    if (mimeType == QLatin1String("image/jpeg")) {
        return QStringLiteral("JPEG");
    }
    if (mimeType == QLatin1String("image/png")) {
        return QStringLiteral("PNG");
    }
    if (mimeType == QLatin1String("image/webp")) {
        return QStringLiteral("WebP");
    }
    if (mimeType == QLatin1String("image/gif")) {
        return QStringLiteral("GIF");
    }
    return mimeType;
}

} // namespace

QString describeImage(const TweetImage &image)
{
    return QCoreApplication::translate("TweetImage", "%1 %2×%3, %4")
        .arg(formatName(image.mimeType))
        .arg(image.width)
        .arg(image.height)
        .arg(QLocale().formattedDataSize(image.bytes, 1, QLocale::DataSizeSIFormat));
}

QString imagesProblem(const QList<TweetImage> &images)
{
    if (images.size() > kMaxImagesPerTweet) {
        return QCoreApplication::translate("TweetImage", "X takes at most %1 images on a post; this one has %2.")
            .arg(kMaxImagesPerTweet)
            .arg(images.size());
    }
    const auto gifs = std::count_if(images.cbegin(), images.cend(), [](const TweetImage &image) {
        return image.mimeType == QLatin1String("image/gif");
    });
    if (gifs > 0 && images.size() > 1) {
        return QCoreApplication::translate("TweetImage",
                                           "X takes a GIF only on its own: a post has one GIF or up to %1 other "
                                           "images.")
            .arg(kMaxImagesPerTweet);
    }
    for (qsizetype i = 0; i < images.size(); ++i) {
        if (images.at(i).alt.size() > kMaxAltTextLength) {
            return QCoreApplication::translate("TweetImage",
                                               "The alt text of image %1 has %2 characters; X takes up to %3.")
                .arg(i + 1)
                .arg(images.at(i).alt.size())
                .arg(kMaxAltTextLength);
        }
    }
    return {};
}

} // namespace EpisodeDesk::Models
