# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'status_change_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_StatusChangeDialog(object):
    def setupUi(self, StatusChangeDialog):
        if not StatusChangeDialog.objectName():
            StatusChangeDialog.setObjectName(u"StatusChangeDialog")
        StatusChangeDialog.resize(460, 300)
        self.mainLayout = QVBoxLayout(StatusChangeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(StatusChangeDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.generalError = QLabel(StatusChangeDialog)
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
        self.reasonLabel = QLabel(StatusChangeDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEditBox = QVBoxLayout()
        self.reasonEditBox.setSpacing(2)
        self.reasonEditBox.setObjectName(u"reasonEditBox")
        self.reasonEdit = QPlainTextEdit(StatusChangeDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.reasonEditBox.addWidget(self.reasonEdit)

        self.reasonError = QLabel(StatusChangeDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setVisible(False)
        self.reasonError.setWordWrap(True)
        self.reasonError.setProperty(u"error", True)

        self.reasonEditBox.addWidget(self.reasonError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.reasonEditBox)


        self.mainLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(StatusChangeDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(StatusChangeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StatusChangeDialog)
        self.buttonBox.rejected.connect(StatusChangeDialog.reject)

        QMetaObject.connectSlotsByName(StatusChangeDialog)
    # setupUi

    def retranslateUi(self, StatusChangeDialog):
        StatusChangeDialog.setWindowTitle(QCoreApplication.translate("StatusChangeDialog", u"Change the status", None))
        self.summaryLabel.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("StatusChangeDialog", u"&Reason", None))
#if QT_CONFIG(tooltip)
        self.reasonEdit.setToolTip(QCoreApplication.translate("StatusChangeDialog", u"Why the status changes; kept in the startup's history", None))
#endif // QT_CONFIG(tooltip)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("StatusChangeDialog", u"e.g. Jury of 12/10: strong team, market still to prove", None))
        self.hintLabel.setText(QCoreApplication.translate("StatusChangeDialog", u"A reason is required when a startup is dropped or rejected.", None))
    # retranslateUi

