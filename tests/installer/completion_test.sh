#!/usr/bin/env bash
# The generated bash completion offers what `stewardctl --help` lists: every command, each command's options, and
# files or directories where the help says FILE, DIR or *.json.
#   completion_test.sh STEWARDCTL COMPLETION_FILE
set -uo pipefail
exe="$1"
completion="$2"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# shellcheck source=/dev/null
source "$completion" || { echo "FAIL: cannot source $completion" >&2; exit 1; }
complete -p stewardctl >/dev/null 2>&1 || fail "$completion does not register a completion for stewardctl"

# Completes the command line "$*" (the last word is the one being completed) and prints the candidates.
candidates() {
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _stewardctl
  printf '%s\n' "${COMPREPLY[@]}"
}
offers() { # offers EXPECTED WORD...
  local expected="$1"
  shift
  local got
  got="$(candidates "$@")"
  grep -qxF -- "$expected" <<<"$got" || fail "'${*}' does not offer '$expected' (got: $(tr '\n' ' ' <<<"$got"))"
}

export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
top="$("$exe" --help)" || { echo "FAIL: $exe --help" >&2; exit 1; }
mapfile -t commands < <(awk '/^Commands:/{on=1; next} on && /^$/{exit} on {
    name=""; for (i = 1; i <= NF && $i ~ /^[a-z][a-z-]*$/; i++) name = name (name == "" ? "" : " ") $i
    if (name != "") print name }' <<<"$top")
[ ${#commands[@]} -ge 10 ] || fail "found only ${#commands[@]} commands in stewardctl --help"

for cmd in "${commands[@]}"; do
  read -r -a words <<<"$cmd"
  if [ ${#words[@]} -eq 1 ]; then
    offers "${words[0]}" stewardctl ""
  else
    offers "${words[0]}" stewardctl ""
    offers "${words[1]}" stewardctl "${words[0]}" ""
  fi
  # Every option the command's own help lists.
  # shellcheck disable=SC2086
  while read -r option; do
    offers "$option" stewardctl "${words[@]}" --
  done < <("$exe" $cmd --help | grep -oE '^  --[a-z0-9-]+' | tr -d ' ')
done
while read -r option; do
  offers "$option" stewardctl --
done < <(awk '/^Options:/{on=1; next} on && /^$/{exit} on' <<<"$top" | grep -oE -- '--[a-z0-9-]+' | sort -u)

# Arguments: directories for --profile, files for --ca-file, JSON files (and directories) for simulate.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/profiles" && touch "$scratch/ca.pem" "$scratch/scenario.json" "$scratch/notes.txt"
cd "$scratch" || exit 1
offers profiles stewardctl --profile ""
grep -qx ca.pem <<<"$(candidates stewardctl --profile "")" && fail "--profile offers a file"
offers ca.pem stewardctl --ca-file ""
offers scenario.json stewardctl simulate ""
grep -qx notes.txt <<<"$(candidates stewardctl simulate "")" && fail "simulate offers a file that is not JSON"
offers scenario.json stewardctl --profile profiles forecast ""
offers notes.txt stewardctl export ""
offers ca.pem stewardctl kasm connect https://kasm.example --ca ""
offers connect stewardctl --profile profiles kasm ""
# A REF or a registry name is free text: nothing to offer.
[ -z "$(candidates stewardctl tags "")" ] || fail "'stewardctl tags' offers something for REF"

if [ $failures -gt 0 ]; then
  echo "$failures completion check(s) failed" >&2
  exit 1
fi
echo "completion: ${#commands[@]} commands and their options offered"
