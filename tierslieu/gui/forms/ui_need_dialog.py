# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'need_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_NeedDialog(object):
    def setupUi(self, NeedDialog):
        if not NeedDialog.objectName():
            NeedDialog.setObjectName(u"NeedDialog")
        NeedDialog.resize(480, 380)
        self.mainLayout = QVBoxLayout(NeedDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(NeedDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.generalError = QLabel(NeedDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setVisible(False)
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"error", True)

        self.mainLayout.addWidget(self.generalError)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.formLayout.setVerticalSpacing(8)
        self.tagsLabel = QLabel(NeedDialog)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsBox = QVBoxLayout()
        self.tagsBox.setSpacing(2)
        self.tagsBox.setObjectName(u"tagsBox")
        self.tagsEdit = QLineEdit(NeedDialog)
        self.tagsEdit.setObjectName(u"tagsEdit")
        self.tagsEdit.setPlaceholderText(u"lev\u00e9e de fonds:3, juridique:1")

        self.tagsBox.addWidget(self.tagsEdit)

        self.tagsError = QLabel(NeedDialog)
        self.tagsError.setObjectName(u"tagsError")
        self.tagsError.setVisible(False)
        self.tagsError.setWordWrap(True)
        self.tagsError.setProperty(u"error", True)

        self.tagsBox.addWidget(self.tagsError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.tagsBox)

        self.sectorLabel = QLabel(NeedDialog)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sectorBox = QVBoxLayout()
        self.sectorBox.setSpacing(2)
        self.sectorBox.setObjectName(u"sectorBox")
        self.sectorCombo = QComboBox(NeedDialog)
        self.sectorCombo.setObjectName(u"sectorCombo")
        self.sectorCombo.setEditable(True)

        self.sectorBox.addWidget(self.sectorCombo)

        self.sectorError = QLabel(NeedDialog)
        self.sectorError.setObjectName(u"sectorError")
        self.sectorError.setVisible(False)
        self.sectorError.setWordWrap(True)
        self.sectorError.setProperty(u"error", True)

        self.sectorBox.addWidget(self.sectorError)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.sectorBox)

        self.stageLabel = QLabel(NeedDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageBox = QVBoxLayout()
        self.stageBox.setSpacing(2)
        self.stageBox.setObjectName(u"stageBox")
        self.stageCombo = QComboBox(NeedDialog)
        self.stageCombo.setObjectName(u"stageCombo")
        self.stageCombo.setEditable(True)

        self.stageBox.addWidget(self.stageCombo)

        self.stageError = QLabel(NeedDialog)
        self.stageError.setObjectName(u"stageError")
        self.stageError.setVisible(False)
        self.stageError.setWordWrap(True)
        self.stageError.setProperty(u"error", True)

        self.stageBox.addWidget(self.stageError)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.stageBox)

        self.languagesLabel = QLabel(NeedDialog)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languagesBox = QVBoxLayout()
        self.languagesBox.setSpacing(2)
        self.languagesBox.setObjectName(u"languagesBox")
        self.languagesEdit = QLineEdit(NeedDialog)
        self.languagesEdit.setObjectName(u"languagesEdit")
        self.languagesEdit.setPlaceholderText(u"fr, en")

        self.languagesBox.addWidget(self.languagesEdit)

        self.languagesError = QLabel(NeedDialog)
        self.languagesError.setObjectName(u"languagesError")
        self.languagesError.setVisible(False)
        self.languagesError.setWordWrap(True)
        self.languagesError.setProperty(u"error", True)

        self.languagesBox.addWidget(self.languagesError)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.languagesBox)

        self.wantedLabel = QLabel(NeedDialog)
        self.wantedLabel.setObjectName(u"wantedLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.wantedLabel)

        self.wantedBox = QVBoxLayout()
        self.wantedBox.setSpacing(2)
        self.wantedBox.setObjectName(u"wantedBox")
        self.wantedSpin = QSpinBox(NeedDialog)
        self.wantedSpin.setObjectName(u"wantedSpin")
        self.wantedSpin.setMinimum(1)
        self.wantedSpin.setMaximum(10)
        self.wantedSpin.setSingleStep(1)

        self.wantedBox.addWidget(self.wantedSpin)

        self.wantedError = QLabel(NeedDialog)
        self.wantedError.setObjectName(u"wantedError")
        self.wantedError.setVisible(False)
        self.wantedError.setWordWrap(True)
        self.wantedError.setProperty(u"error", True)

        self.wantedBox.addWidget(self.wantedError)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.wantedBox)


        self.mainLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(NeedDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(NeedDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.tagsLabel.setBuddy(self.tagsEdit)
        self.sectorLabel.setBuddy(self.sectorCombo)
        self.stageLabel.setBuddy(self.stageCombo)
        self.languagesLabel.setBuddy(self.languagesEdit)
        self.wantedLabel.setBuddy(self.wantedSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tagsEdit, self.sectorCombo)
        QWidget.setTabOrder(self.sectorCombo, self.stageCombo)
        QWidget.setTabOrder(self.stageCombo, self.languagesEdit)
        QWidget.setTabOrder(self.languagesEdit, self.wantedSpin)

        self.retranslateUi(NeedDialog)
        self.buttonBox.rejected.connect(NeedDialog.reject)

        QMetaObject.connectSlotsByName(NeedDialog)
    # setupUi

    def retranslateUi(self, NeedDialog):
        NeedDialog.setWindowTitle(QCoreApplication.translate("NeedDialog", u"Mentoring needs", None))
        self.summaryLabel.setText("")
        self.tagsLabel.setText(QCoreApplication.translate("NeedDialog", u"&Needs", None))
#if QT_CONFIG(tooltip)
        self.tagsEdit.setToolTip(QCoreApplication.translate("NeedDialog", u"Topics with a priority from 1 (nice to have) to 3 (essential), separated by commas", None))
#endif // QT_CONFIG(tooltip)
        self.sectorLabel.setText(QCoreApplication.translate("NeedDialog", u"&Sector", None))
#if QT_CONFIG(tooltip)
        self.sectorCombo.setToolTip(QCoreApplication.translate("NeedDialog", u"The startup's sector", None))
#endif // QT_CONFIG(tooltip)
        self.stageLabel.setText(QCoreApplication.translate("NeedDialog", u"S&tage", None))
#if QT_CONFIG(tooltip)
        self.stageCombo.setToolTip(QCoreApplication.translate("NeedDialog", u"The startup's stage", None))
#endif // QT_CONFIG(tooltip)
        self.languagesLabel.setText(QCoreApplication.translate("NeedDialog", u"&Languages", None))
#if QT_CONFIG(tooltip)
        self.languagesEdit.setToolTip(QCoreApplication.translate("NeedDialog", u"Language codes, the preferred one first", None))
#endif // QT_CONFIG(tooltip)
        self.wantedLabel.setText(QCoreApplication.translate("NeedDialog", u"&Mentors wanted", None))
#if QT_CONFIG(tooltip)
        self.wantedSpin.setToolTip(QCoreApplication.translate("NeedDialog", u"How many mentors the startup should get (1 to 10)", None))
#endif // QT_CONFIG(tooltip)
        self.hintLabel.setText(QCoreApplication.translate("NeedDialog", u"Priorities: 1 nice to have, 2 important, 3 essential; a topic without a priority counts as 2.", None))
    # retranslateUi

