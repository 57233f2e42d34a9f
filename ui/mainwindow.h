#pragma once
#include <QMainWindow>
namespace EpisodeDesk::Ui {
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
}
