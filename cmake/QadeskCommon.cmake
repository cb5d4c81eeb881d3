# One INTERFACE target carries the language standard, the warnings and Qt's strictness
# defines for every target of the project.
add_library(qadesk_common_cfg INTERFACE)
target_compile_features(qadesk_common_cfg INTERFACE cxx_std_23)
target_compile_options(qadesk_common_cfg INTERFACE -Wall -Wextra -Wpedantic)
if(QADESK_WERROR)
    target_compile_options(qadesk_common_cfg INTERFACE -Werror)
endif()
if(QADESK_SANITIZE)
    target_compile_options(qadesk_common_cfg INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(qadesk_common_cfg INTERFACE -fsanitize=address,undefined)
endif()
target_compile_definitions(qadesk_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QADESK_VERSION="${PROJECT_VERSION}"
    QADESK_APP_ID="example.qadesk.QADesk")
