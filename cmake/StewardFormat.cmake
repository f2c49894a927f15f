# `cmake --build build --target format` rewrites src/, tests/ and bench/ with the checked-in .clang-format;
# `format-check` only reports.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format clang-format-14)
if(CLANG_FORMAT_EXECUTABLE)
    file(GLOB_RECURSE STEWARD_FORMAT_FILES CONFIGURE_DEPENDS
        "${PROJECT_SOURCE_DIR}/src/*.cpp" "${PROJECT_SOURCE_DIR}/src/*.h"
        "${PROJECT_SOURCE_DIR}/tests/*.cpp" "${PROJECT_SOURCE_DIR}/tests/*.h"
        "${PROJECT_SOURCE_DIR}/bench/*.cpp" "${PROJECT_SOURCE_DIR}/bench/*.h")
    add_custom_target(format
        COMMAND "${CLANG_FORMAT_EXECUTABLE}" -i ${STEWARD_FORMAT_FILES}
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        COMMENT "clang-format over src/, tests/ and bench/")
    add_custom_target(format-check
        COMMAND "${CLANG_FORMAT_EXECUTABLE}" --dry-run --Werror ${STEWARD_FORMAT_FILES}
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        COMMENT "Checking formatting")
endif()

# CI runs only ctest, so formatting is checked there too: an unformatted file fails `scripts/test`.
if(CLANG_FORMAT_EXECUTABLE AND STEWARD_BUILD_TESTS)
    add_test(NAME clang_format
        COMMAND "${CLANG_FORMAT_EXECUTABLE}" --dry-run --Werror ${STEWARD_FORMAT_FILES}
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
    set_tests_properties(clang_format PROPERTIES LABELS style)
endif()
