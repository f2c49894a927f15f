# The project's compile settings, in one INTERFACE target every library and executable links.
add_library(steward_settings INTERFACE)
add_library(steward::settings ALIAS steward_settings)

target_compile_features(steward_settings INTERFACE cxx_std_23)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(steward_settings INTERFACE -Wall -Wextra -pedantic)
if(STEWARD_WARNINGS_AS_ERRORS)
    target_compile_options(steward_settings INTERFACE -Werror)
endif()

# Qt strictness: no implicit ASCII conversions, QStringBuilder everywhere, no narrowing in connect(),
# and nothing Qt deprecated up to the version we build against.
target_compile_definitions(steward_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    STEWARD_VERSION="${PROJECT_VERSION}"
    STEWARD_APP_ID="${STEWARD_APP_ID}")

# A static library per layer, linked only along the arrows of DESIGN.md.
function(steward_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}/src")
    target_link_libraries(${name} PUBLIC steward::settings ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
endfunction()
