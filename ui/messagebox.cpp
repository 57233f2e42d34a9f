// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebox.h"

#include <QAbstractButton>
#include <QLoggingCategory>
#include <QQueue>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcMessageBox, "episodedesk.ui.messagebox")

namespace {

// GUI-thread only, like the boxes themselves.
QQueue<QMessageBox::StandardButton> &nextAnswers()
{
    static QQueue<QMessageBox::StandardButton> answers;
    return answers;
}

QString &lastShownText()
{
    static QString text;
    return text;
}

} // namespace

QMessageBox::StandardButton MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton, const QString &okText)
{
    lastShownText() = text;
    if (!nextAnswers().isEmpty()) {
        const QMessageBox::StandardButton answer = nextAnswers().dequeue();
        qCDebug(lcMessageBox) << "answered by the test seam:" << title << int(answer);
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (!okText.isEmpty()) {
        if (QAbstractButton *ok = box.button(QMessageBox::Ok)) {
            ok->setText(okText);
        }
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text, const QString &actionText,
                         QMessageBox::Icon icon)
{
    return show(parent, icon, title, text, QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel, actionText) ==
        QMessageBox::Ok;
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton button)
{
    nextAnswers().enqueue(button);
}

QString MessageBox::lastText()
{
    return lastShownText();
}

void MessageBox::clearAnswers()
{
    nextAnswers().clear();
    lastShownText().clear();
}

} // namespace EpisodeDesk::Ui
