#!/usr/bin/env bash
# Writes stewardctl's man page (OUTDIR/stewardctl.1) and bash completion (OUTDIR/stewardctl.bash) from the
# program's own help: `stewardctl --help` for the commands and global options, `stewardctl CMD --help` for each
# command's usage, summary and options. Run at build time, so neither can drift from the program.
#   stewardctl-docs.sh STEWARDCTL OUTDIR [MANUAL_INCLUDE]
# MANUAL_INCLUDE is hand-written roff (FILES, ENVIRONMENT, EXIT STATUS, ...) appended to the man page.
set -euo pipefail
exe="$1"
out="$2"
include="${3:-}"
mkdir -p "$out"

# The help must not depend on the builder's locale, nor print Qt's own options.
export LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen
# Run by name, so that "Usage:" says stewardctl and not the build path.
bindir="$(cd "$(dirname "$exe")" && pwd)"
run() { PATH="$bindir:$PATH" "$(basename "$exe")" "$@"; }

top="$(run --help)"
version="$(run --version | awk '{print $NF; exit}')"
[ -n "$top" ] && [ -n "$version" ] || { echo "stewardctl-docs: no help or version from $exe" >&2; exit 1; }

description="$(sed -n 2p <<<"$top")"
# Commands: the lower-case words that start each line of the "Commands:" block ("kasm connect URL ..." -> "kasm connect").
mapfile -t commands < <(awk '/^Commands:/{on=1; next} on && /^$/{exit} on {
    name=""; for (i = 1; i <= NF && $i ~ /^[a-z][a-z-]*$/; i++) name = name (name == "" ? "" : " ") $i
    if (name != "") print name }' <<<"$top")
[ ${#commands[@]} -gt 0 ] || { echo "stewardctl-docs: no commands in stewardctl --help" >&2; exit 1; }

# Global options: "  -h, --help   text" with Qt's wrapped continuation lines; value options show "<META>".
declare -a gopt_spec=() gopt_text=()
while IFS= read -r line; do
  if [[ $line =~ ^\ \ (-[A-Za-z],\ )?(--[a-z][a-z0-9-]*)(\ \<([^>]+)\>)?\ {2,}(.*)$ ]]; then
    gopt_spec+=("${BASH_REMATCH[1]}${BASH_REMATCH[2]}${BASH_REMATCH[3]}")
    gopt_text+=("${BASH_REMATCH[5]}")
  elif [[ $line =~ ^\ {10,}(.*)$ ]] && [ ${#gopt_text[@]} -gt 0 ]; then
    gopt_text[-1]+=" ${BASH_REMATCH[1]}"
  fi
done < <(awk '/^Options:/{on=1; next} on && /^$/{exit} on' <<<"$top")

# Per command: usage (after the command words), summary, and options "  --name [META]   text".
declare -A usage summary copts
declare -a copt_lines=()
sep=$'\x1f' # between the fields of a copt_lines entry (a tab would collapse an empty field)
for cmd in "${commands[@]}"; do
  # shellcheck disable=SC2086 # "kasm connect" is two words on the command line
  help="$(run $cmd --help)"
  u="$(sed -n 's/^Usage: stewardctl //p' <<<"$help" | head -n1)"
  [ -n "$u" ] || { echo "stewardctl-docs: no usage line in 'stewardctl $cmd --help'" >&2; exit 1; }
  usage[$cmd]="${u#"$cmd"}"
  usage[$cmd]="${usage[$cmd]# }"
  summary[$cmd]="$(awk 'NR > 2 && /[^ ]/ && !/^  /{print; exit}' <<<"$help")"
  names=""
  while IFS= read -r line; do
    if [[ $line =~ ^\ \ (--[a-z][a-z0-9-]*)(\ ([^ ]+))?\ {2,}(.*)$ ]]; then
      names+="${names:+ }${BASH_REMATCH[1]}"
      copt_lines+=("$cmd$sep${BASH_REMATCH[1]}$sep${BASH_REMATCH[3]}$sep${BASH_REMATCH[4]}")
    fi
  done <<<"$help"
  copts[$cmd]="$names"
done

# --- the man page ---------------------------------------------------------------------------------------------------
roff() { sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\([.']\)/\\\\\&\1/" <<<"$1"; }
{
  printf '.\\" Generated from stewardctl --help by installer/linux/stewardctl-docs.sh; do not edit.\n'
  printf '.TH STEWARDCTL 1 "" "ImageSteward %s" "User Commands"\n' "$version"
  printf '.SH NAME\nstewardctl \\- %s\n' "$(roff "$(sed 's/^ImageSteward from the command line: //' <<<"$description")")"
  printf '.SH SYNOPSIS\n.B stewardctl\n[\\fIoptions\\fR] \\fIcommand\\fR [\\fIarguments\\fR]\n'
  printf '.SH DESCRIPTION\n%s\n' "$(roff "$description")"
  printf '.PP\nEach command also takes \\fB\\-\\-help\\fR, which prints its usage and options.\n'
  printf '.SH COMMANDS\n'
  for cmd in "${commands[@]}"; do
    printf '.TP\n\\fB%s\\fR %s\n%s\n' "$(roff "$cmd")" "$(roff "${usage[$cmd]}")" "$(roff "${summary[$cmd]}")"
    [ -z "${copts[$cmd]}" ] || printf '.RS\n'
    for entry in "${copt_lines[@]}"; do
      IFS="$sep" read -r c name meta text <<<"$entry"
      [ "$c" = "$cmd" ] || continue
      printf '.TP\n\\fB%s\\fR%s\n%s\n' "$(roff "$name")" "${meta:+ \\fI$(roff "$meta")\\fR}" "$(roff "$text")"
    done
    [ -z "${copts[$cmd]}" ] || printf '.RE\n'
  done
  printf '.SH OPTIONS\n'
  for i in "${!gopt_spec[@]}"; do
    spec="$(roff "${gopt_spec[$i]}")"
    spec="$(sed -e 's/<\([^>]*\)>/\\fI\1\\fR/' <<<"$spec")"
    printf '.TP\n\\fB%s\\fR\n%s\n' "$spec" "$(roff "${gopt_text[$i]}")"
  done
  [ -z "$include" ] || cat "$include"
} >"$out/stewardctl.1"

# --- the bash completion ----------------------------------------------------------------------------------------------
# What an option's or a positional's value is: a file, a directory, or free text (no completion).
kind_of() {
  case "$1" in
    *.json) echo json ;;
    *FILE*) echo file ;;
    *DIR*) echo dir ;;
    *) echo none ;;
  esac
}
declare -A value_kind
for i in "${!gopt_spec[@]}"; do
  if [[ ${gopt_spec[$i]} =~ (--[a-z0-9-]+)\ \<([^>]+)\> ]]; then
    value_kind[${BASH_REMATCH[1]}]="$(kind_of "${BASH_REMATCH[2]}")"
  fi
done
for entry in "${copt_lines[@]}"; do
  IFS="$sep" read -r c name meta text <<<"$entry"
  [ -z "$meta" ] || value_kind[$name]="$(kind_of "$meta")"
done
q() { printf '%q' "$1"; }
{
  echo "# bash completion for stewardctl $version. Generated from stewardctl --help at build time by"
  echo "# installer/linux/stewardctl-docs.sh; do not edit."
  top_words="$(printf '%s\n' "${commands[@]}" | awk '{print $1}' | awk '!seen[$0]++' | tr '\n' ' ')"
  echo "_stewardctl_commands=$(q "${top_words% }")"
  global_names=""
  for spec in "${gopt_spec[@]}"; do
    [[ $spec =~ (--[a-z0-9-]+) ]] && global_names+="${global_names:+ }${BASH_REMATCH[1]}"
  done
  echo "_stewardctl_global_options=$(q "$global_names")"
  echo "declare -gA _stewardctl_subcommands=("
  for group in $(printf '%s\n' "${commands[@]}" | awk 'NF > 1 {print $1}' | sort -u); do
    subs="$(printf '%s\n' "${commands[@]}" | awk -v g="$group" '$1 == g && NF > 1 {print $2}' | tr '\n' ' ')"
    echo "  [$group]=$(q "${subs% }")"
  done
  echo ")"
  echo "declare -gA _stewardctl_options=("
  for cmd in "${commands[@]}"; do echo "  [$(q "$cmd")]=$(q "${copts[$cmd]}")"; done
  echo ")"
  echo "declare -gA _stewardctl_value_kinds=("
  for name in "${!value_kind[@]}"; do echo "  [$name]=${value_kind[$name]}"; done | sort
  echo ")"
  # Positionals, in order, as kinds; a trailing "..." repeats the last one.
  echo "declare -gA _stewardctl_positionals=("
  for cmd in "${commands[@]}"; do
    kinds=""
    skip=0
    for token in ${usage[$cmd]//[\[\]]/ }; do
      if [ $skip = 1 ]; then skip=0; continue; fi
      if [[ $token == --* ]]; then
        [ -z "${value_kind[$token]:-}" ] || skip=1
        continue
      fi
      kinds+="${kinds:+ }$(kind_of "$token")"
      [[ $token != *... ]] || kinds+="..."
    done
    echo "  [$(q "$cmd")]=$(q "$kinds")"
  done
  echo ")"
  cat <<'EOF'

_stewardctl_complete_kind()
{
    case "$1" in
        file) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$2") ;;
        json) compopt -o filenames 2>/dev/null
              mapfile -t COMPREPLY < <(compgen -d -- "$2"; compgen -f -X '!*.json' -- "$2") ;;
        dir) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$2") ;;
        *) COMPREPLY=() ;;
    esac
}

_stewardctl()
{
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
    COMPREPLY=()
    if [[ $prev == --* && -n ${_stewardctl_value_kinds[$prev]:-} ]]; then
        _stewardctl_complete_kind "${_stewardctl_value_kinds[$prev]}" "$cur"
        return
    fi
    # The words before the cursor that are neither options nor option values: the command, then its arguments.
    local -a args=()
    local i word
    for ((i = 1; i < COMP_CWORD; i++)); do
        word="${COMP_WORDS[i]}"
        if [[ $word == -* ]]; then
            [[ -z ${_stewardctl_value_kinds[$word]:-} ]] || ((i++))
            continue
        fi
        args+=("$word")
    done
    local cmd="${args[0]:-}" taken=1
    if [[ -n $cmd && -n ${_stewardctl_subcommands[$cmd]:-} ]]; then
        if [[ ${#args[@]} -lt 2 ]]; then
            [[ $cur == -* ]] && mapfile -t COMPREPLY < <(compgen -W "$_stewardctl_global_options" -- "$cur") \
                || mapfile -t COMPREPLY < <(compgen -W "${_stewardctl_subcommands[$cmd]}" -- "$cur")
            return
        fi
        cmd="$cmd ${args[1]}"
        taken=2
    fi
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$_stewardctl_global_options ${_stewardctl_options[${cmd:-.}]:-}" -- "$cur")
        return
    fi
    if [[ -z $cmd ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$_stewardctl_commands" -- "$cur")
        return
    fi
    local -a kinds
    read -r -a kinds <<<"${_stewardctl_positionals[${cmd:-.}]:-}"
    local n=$((${#args[@]} - taken)) kind=none
    if ((n < ${#kinds[@]})); then
        kind="${kinds[n]}"
    elif ((${#kinds[@]} > 0)) && [[ ${kinds[-1]} == *... ]]; then
        kind="${kinds[-1]}"
    fi
    _stewardctl_complete_kind "${kind%...}" "$cur"
}
complete -F _stewardctl stewardctl
EOF
} >"$out/stewardctl.bash"
