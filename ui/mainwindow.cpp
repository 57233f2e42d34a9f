#include "mainwindow.h"
namespace EpisodeDesk::Ui {
MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}
}
