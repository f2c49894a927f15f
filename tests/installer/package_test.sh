#!/usr/bin/env bash
# Issue 17: the .deb installs and runs on a clean Debian 12. Packs the build (cpack -G DEB), checks the package (size,
# stripped binaries, man pages, completion), installs it with `apt-get install --no-install-recommends ./….deb` into a
# fresh `debootstrap --variant=minbase bookworm` root, and there, as an ordinary user and from the installed files
# only, runs stewardctl (--version, simulate, the catalog, a login that fails, the TLS backend) and imagesteward under
# Xvfb until its window is mapped. Prints the packages whose files the programs loaded.
#   package_test.sh BUILD_DIR
# The clean root (a tarball), the apt package lists and the downloaded .debs are cached in
# $STEWARD_PACKAGE_TEST_CACHE (default /var/cache/imagesteward/package-test), outside the build folder, so a later
# run needs no network; without the cache the test makes everything from Debian's mirror ($STEWARD_DEBIAN_MIRROR).
# Needs root. Exit 77 (ctest: skipped) when it cannot do its job, unless STEWARD_REQUIRE_PACKAGE=1 (scripts/test),
# which makes that a failure.
set -euo pipefail
build="$(cd "$1" && pwd)"
started=$SECONDS
log() { printf 'package test [%4ss] %s\n' $((SECONDS - started)) "$*"; }
fail() {
  printf 'package test: FAIL: %s\n' "$*" >&2
  exit 1
}
cannot() {
  [ "${STEWARD_REQUIRE_PACKAGE:-0}" != 1 ] || fail "STEWARD_REQUIRE_PACKAGE=1 but the test cannot run: $*"
  echo "package test: SKIP: $*"
  exit 77
}
# The last lines of a log, indented, for a failure message.
tail_of() { tail -n "${2:-15}" "$1" | sed 's/^/    | /'; }

[ "$(id -u)" = 0 ] || cannot "it needs root (debootstrap, chroot, a mount namespace); run scripts/test as root"
for tool in debootstrap cpack chroot unshare Xvfb xwininfo zstd flock dpkg-deb readelf; do
  command -v "$tool" >/dev/null 2>&1 || cannot "$tool is missing (scripts/setup installs what scripts/packages.txt lists)"
done
# /proc is mounted in a private mount namespace: it goes away with this script however it ends, and nothing under the
# work directory is ever a mount of the host's files.
if [ -z "${STEWARD_PACKAGE_TEST_NS:-}" ]; then
  unshare --mount --propagation private true 2>/dev/null ||
    cannot "cannot make a private mount namespace (unshare --mount needs CAP_SYS_ADMIN)"
  export STEWARD_PACKAGE_TEST_NS=1
  exec unshare --mount --propagation private bash "$0" "$@"
fi

mirror="${STEWARD_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
security="${STEWARD_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
cache="${STEWARD_PACKAGE_TEST_CACHE:-/var/cache/imagesteward/package-test}"
work="$(mktemp -d "$build/package-test.XXXXXX")"
root="$work/root"
xvfb_pid=""
app_pid=""
cleanup() {
  [ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null || true
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  umount "$root/proc" 2>/dev/null || true
  # The logs outlive the root, for a failure's details.
  rm -rf "$build/package-test-logs"
  mkdir -p "$build/package-test-logs"
  cp "$work"/*.log "$work"/*.out "$work"/*.err "$build/package-test-logs/" 2>/dev/null || true
  # --one-file-system: never follow into a mount that outlived the umount.
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT

# --- the package ------------------------------------------------------------------------------------------------------
log "packing $build (cpack -G DEB, stripped)"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
  fail "cpack -G DEB failed:
$(tail_of "$work/cpack.log")"
debs=("$work"/out/*.deb)
deb="${debs[0]}"
[ -f "$deb" ] || fail "cpack made no .deb in $work/out"
version="$(dpkg-deb -f "$deb" Version)"
size=$(stat -c %s "$deb")
installed_kb="$(dpkg-deb -f "$deb" Installed-Size)"
log "$(basename "$deb"): $((size / 1024)) KiB, installed $installed_kb KiB"
log "Depends: $(dpkg-deb -f "$deb" Depends)"
log "Recommends: $(dpkg-deb -f "$deb" Recommends)"
[ "$size" -lt $((20 * 1024 * 1024)) ] || fail "the package is $((size / 1024 / 1024)) MB; issue 17 wants < 20 MB"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6sql6-sqlite' || fail "Depends lacks libqt6sql6-sqlite (the catalog's driver)"
contents="$(dpkg-deb -c "$deb")"
for path in usr/bin/stewardctl usr/bin/imagesteward usr/share/man/man1/stewardctl.1.gz \
  usr/share/man/man1/imagesteward.1.gz usr/share/bash-completion/completions/stewardctl \
  usr/share/applications/org.imagesteward.ImageSteward.desktop usr/share/metainfo/org.imagesteward.ImageSteward.metainfo.xml; do
  grep -q " \./$path\$" <<<"$contents" || fail "the package lacks /$path"
done
dpkg-deb -x "$deb" "$work/unpacked"
for exe in stewardctl imagesteward; do
  if readelf -S "$work/unpacked/usr/bin/$exe" | grep -qE '\.(symtab|debug_info)'; then
    fail "/usr/bin/$exe in the package is not stripped"
  fi
done

# --- a clean Debian 12 root -------------------------------------------------------------------------------------------
if mkdir -p "$cache/archives" "$cache/debootstrap" 2>/dev/null && [ -w "$cache" ]; then
  exec 9>"$cache/lock"
  flock -w 1800 9 || fail "another package test has held $cache/lock for 30 minutes"
else
  log "cannot write the cache $cache: everything comes from $mirror this time"
  cache="$work/cache"
  mkdir -p "$cache/archives" "$cache/debootstrap"
fi
base="$cache/bookworm-minbase.tar.zst"
mkdir -p "$root"
if [ -f "$base" ]; then
  log "clean root from the cache ($base)"
  tar --zstd --numeric-owner -xpf "$base" -C "$root" || fail "cannot unpack the cached root $base (delete it to make a new one)"
else
  log "no cached root: debootstrap --variant=minbase bookworm from $mirror"
  debootstrap --variant=minbase --cache-dir="$cache/debootstrap" bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    fail "debootstrap --variant=minbase bookworm $mirror failed, and there is no cached root in $cache (is Debian's mirror reachable?):
$(tail_of "$work/debootstrap.log")"
  cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
EOF
  rm -f "$root"/var/cache/apt/archives/*.deb
  if tar --zstd --numeric-owner -cpf "$base.part" -C "$root" . && mv "$base.part" "$base"; then
    log "cached the clean root as $base ($(du -h "$base" | cut -f1))"
  else
    rm -f "$base.part"
    log "could not cache the clean root in $cache (the next run makes it again)"
  fi
fi
# The package lists and the .debs of earlier runs: hard links when the cache is on the same file system.
if [ -d "$cache/lists" ]; then
  cp -a "$cache/lists/." "$root/var/lib/apt/lists/"
fi
for f in "$cache"/archives/*.deb; do
  [ -e "$f" ] || continue
  ln -f "$f" "$root/var/cache/apt/archives/" 2>/dev/null || cp "$f" "$root/var/cache/apt/archives/"
done
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc" || fail "cannot mount /proc in the clean root"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

log "apt-get update in the clean root"
if ! timeout 300 chroot "$root" apt-get update >"$work/update.log" 2>&1 || grep -qE '^(W|E): (Failed|Some index)' "$work/update.log"; then
  if [ -d "$cache/lists" ]; then
    log "apt-get update failed (offline?); going on with the package lists cached by an earlier run:"
    tail_of "$work/update.log" 4
  else
    fail "apt-get update in the clean root failed and no earlier run cached the package lists (is $mirror reachable?):
$(tail_of "$work/update.log")"
  fi
fi

log "apt-get install --no-install-recommends ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
before=$(in_root dpkg-query -W -f '${Package}\n' | wc -l)
if ! timeout 900 chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
  "./tmp/$(basename "$deb")" >"$work/install.log" 2>&1; then
  grep -E '^(E|W):' "$work/install.log" | grep -qiE 'fetch|download|resolve|connect' && why=" (downloading failed: is $mirror reachable, or are the cached .debs complete?)"
  fail "apt-get could not install the package in the clean root${why:-}:
$(tail_of "$work/install.log" 25)"
fi
after=$(in_root dpkg-query -W -f '${Package}\n' | wc -l)
log "installed: the package and $((after - before - 1)) packages it brought in ($(grep -oE 'Need to get [^ ]+ [^ ]+ [^ ]+' "$work/install.log" || echo 'all from the cache'))"

# Keep what apt downloaded, and drop from the cache what the mirror no longer has.
in_root apt-get autoclean -y >/dev/null 2>&1 || true
if [ -w "$cache" ]; then
  rm -rf "$cache/lists.new" "$cache/archives.new"
  mkdir -p "$cache/archives.new"
  for f in "$root"/var/cache/apt/archives/*.deb; do
    [ -e "$f" ] || continue
    ln -f "$f" "$cache/archives.new/" 2>/dev/null || cp "$f" "$cache/archives.new/"
  done
  cp -a "$root/var/lib/apt/lists" "$cache/lists.new"
  rm -rf "$cache/lists.new/partial" "$cache/lists.new/lock"
  rm -rf "$cache/lists" "$cache/archives"
  mv "$cache/lists.new" "$cache/lists"
  mv "$cache/archives.new" "$cache/archives"
fi

# --- the programs, from the installed files only -----------------------------------------------------------------------
for path in /usr/bin/stewardctl /usr/bin/imagesteward /usr/share/man/man1/stewardctl.1.gz \
  /usr/share/man/man1/imagesteward.1.gz /usr/share/bash-completion/completions/stewardctl; do
  [ -e "$root$path" ] || fail "$path is not installed"
done
in_root useradd --create-home --uid 4242 steward
home=/home/steward
as_user() {
  chroot --userspec=4242:4242 "$root" env -i -C "$home" HOME=$home USER=steward PATH=/usr/bin:/bin LANG=C.UTF-8 \
    XDG_RUNTIME_DIR=/tmp/runtime-steward "$@"
}
mkdir -m 700 "$root/tmp/runtime-steward"
chown 4242:4242 "$root/tmp/runtime-steward"

# Each check: its command line, exit code, stdout and stderr in $work/NAME.{out,err}.
check() { # check NAME EXPECTED_EXIT COMMAND...
  local name="$1" expected="$2" rc=0
  shift 2
  as_user "$@" >"$work/$name.out" 2>"$work/$name.err" </dev/null || rc=$?
  if [ "$rc" != "$expected" ]; then
    fail "$name: '$*' exited with $rc, expected $expected
  stdout:
$(tail_of "$work/$name.out")
  stderr:
$(tail_of "$work/$name.err")"
  fi
}

check version 0 stewardctl --version
grep -qx "stewardctl $version" "$work/version.out" || fail "stewardctl --version printed '$(cat "$work/version.out")', not 'stewardctl $version'"
log "stewardctl --version: $(cat "$work/version.out")"

cat >"$root$home/tight.json" <<'EOF'
{"duration_s": 3600, "seed": 5,
 "registries": [{"name": "hub", "anonymous": {"limit": 3, "window_s": 21600}}],
 "agents": [{"count": 2, "source": "nat", "disk_mb": 10000}],
 "images": [{"count": 2, "registry": "hub", "uncompressed_size_mb": 100}]}
EOF
chown 4242:4242 "$root$home/tight.json"
check simulate 0 stewardctl simulate tight.json --json
grep -q '"pulls_succeeded": *3' "$work/simulate.out" || fail "stewardctl simulate: no \"pulls_succeeded\": 3 in
$(tail_of "$work/simulate.out")"
log "stewardctl simulate tight.json: 3 pulls succeeded, as computed by hand"

# The catalog is SQLite through Qt's driver plugin (libqt6sql6-sqlite).
check catalog 0 stewardctl --profile $home/profile logins
[ -f "$root$home/profile/catalog.sqlite" ] || fail "stewardctl logins made no catalog.sqlite in the profile"
log "stewardctl logins: the catalog opened (SQLite driver loaded)"

# No Secret Service in the clean root (Depends brings none: it is a Recommends): login fails, saying why.
check login 1 sh -c 'printf "secret\n" | stewardctl --profile '$home'/profile login registry.example.org --username alice --password-stdin'
grep -qi 'keychain' "$work/login.err" || fail "stewardctl login failed without naming the keychain:
$(tail_of "$work/login.err")"
log "stewardctl login without a Secret Service: exit 1, '$(head -n1 "$work/login.err")'"

# The TLS backend: an https request to a closed port loads Qt's OpenSSL plugin (and libssl) before it is refused.
check tls 1 env QT_DEBUG_PLUGINS=1 stewardctl tags 127.0.0.1:9/steward/none
grep -q 'libqopensslbackend.so" loaded library' "$work/tls.err" ||
  fail "stewardctl did not load Qt's OpenSSL TLS backend:
$(grep -iE 'tls|ssl' "$work/tls.err" | tail -n 10 | sed 's/^/    | /')"
grep -qE '"[^"]*ssl[^"]*" loaded library' "$work/tls.err" || fail "Qt's TLS backend did not load libssl:
$(grep -iE 'ssl' "$work/tls.err" | tail -n 10 | sed 's/^/    | /')"
! grep -E 'No functional TLS backend|TLS initialization failed' "$work/tls.err" || fail "stewardctl has no working TLS"
log "stewardctl https request: OpenSSL TLS backend and libssl loaded"

# imagesteward under Xvfb (the X server runs outside the root; the app reaches it through its abstract socket).
display=""
for n in $(seq 140 199); do
  if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
    display=":$n"
    break
  fi
done
[ -n "$display" ] || fail "no free X display number between :140 and :199"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
  xwininfo -display "$display" -root >/dev/null 2>&1 && break
  kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb $display did not start:
$(tail_of "$work/xvfb.log")"
  sleep 0.1
done
(exec chroot --userspec=4242:4242 "$root" env -i -C "$home" HOME=$home USER=steward PATH=/usr/bin:/bin \
  LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp/runtime-steward DISPLAY="$display" QT_DEBUG_PLUGINS=1 \
  imagesteward --profile $home/gui-profile) >"$work/gui.out" 2>"$work/gui.err" </dev/null &
app_pid=$!
window=""
for _ in $(seq 600); do
  # Qt makes more than one X window (a client leader, ...); the main window is the one that is viewable.
  for id in $(xwininfo -display "$display" -root -tree 2>/dev/null | grep -F '("imagesteward"' | awk '{print $1}' || true); do
    if xwininfo -display "$display" -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then
      window="$id"
      break
    fi
  done
  [ -z "$window" ] || break
  kill -0 "$app_pid" 2>/dev/null || fail "imagesteward ended before showing its window:
$(grep -vE 'factoryloader|checking directory|looking at|metadata|^ |^\{|^\}' "$work/gui.err" | tail -n 20 | sed 's/^/    | /')"
  sleep 0.1
done
[ -n "$window" ] || fail "imagesteward showed no window within 60 s:
$(grep -vE 'factoryloader|checking directory|looking at|metadata|^ |^\{|^\}' "$work/gui.err" | tail -n 20 | sed 's/^/    | /')"
sleep 2 # let it open the profile's catalog and paint
kill -0 "$app_pid" 2>/dev/null || fail "imagesteward ended right after showing its window:
$(tail_of "$work/gui.err")"
title="$(xwininfo -display "$display" -id "$window" | sed -n 's/^xwininfo: Window id: [^ ]* "\(.*\)"$/\1/p')"
log "imagesteward: window $window \"$title\" mapped on Xvfb $display"
command -v import >/dev/null 2>&1 && import -display "$display" -window root "$build/package-test-imagesteward.png" 2>/dev/null &&
  log "screenshot: $build/package-test-imagesteward.png"

# What the programs loaded, as packages of the clean root: the GUI's memory map while its window shows, and
# stewardctl's libraries and plugins.
app_proc="$app_pid"
# chroot execs env, which execs imagesteward: same pid. Check it really is imagesteward.
grep -q imagesteward "/proc/$app_proc/comm" || fail "pid $app_proc is $(cat "/proc/$app_proc/comm"), not imagesteward"
awk '$6 ~ /\.so/ {print $6}' "/proc/$app_proc/maps" | sed "s|^$root||" | sort -u >"$work/gui.libs"
grep -oE '"/[^"]+\.so[^"]*" loaded library' "$work/tls.err" | cut -d'"' -f2 >"$work/cli.plugins" || true
in_root ldd /usr/bin/stewardctl | awk '$3 ~ /^\// {print $3}' >"$work/cli.libs"
cat "$work/gui.libs" "$work/cli.libs" "$work/cli.plugins" | sort -u >"$work/all.libs"
grep -q 'sqldrivers/libqsqlite.so' "$work/gui.libs" || fail "imagesteward did not load the SQLite driver plugin"
grep -q 'platforms/libqxcb.so' "$work/gui.libs" || fail "imagesteward did not load the xcb platform plugin"
plugins="$(grep -o 'qt6/plugins/.*' "$work/gui.libs" "$work/cli.plugins" | sed 's|.*qt6/plugins/||' | sort -u | tr '\n' ' ')"
log "Qt plugins loaded: $plugins"
# dpkg -S prints "pkg[:arch][, pkg...]: path". With Debian 12's merged /usr a file has two names (ldd says /lib/...,
# the memory map /usr/lib/...) and dpkg knows one of them, so each is asked both ways, all in one dpkg call.
mapfile -t libs < <(sed 's|^/usr/|/|' "$work/all.libs" | sort -u)
in_root dpkg -S "${libs[@]}" "${libs[@]/#//usr}" 2>/dev/null >"$work/owners" || true
: >"$work/packages"
for lib in "${libs[@]}"; do
  owner="$(awk -v a="$lib" -v b="/usr$lib" '{ i = index($0, ": "); p = substr($0, i + 2) }
    i && (p == a || p == b) { print substr($0, 1, i - 1); exit }' "$work/owners")"
  [ -n "$owner" ] || fail "$lib, loaded by the programs, belongs to no installed package"
  echo "$owner" | tr ',' '\n' | sed 's/^ *//; s/:amd64$//' >>"$work/packages"
done
sort -u "$work/packages" -o "$work/packages"
cp "$work/packages" "$build/package-test-runtime-packages.txt"
log "runtime packages the programs loaded files from ($(wc -l <"$work/packages")): $(tr '\n' ' ' <"$work/packages")"

kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=""
# A plugin or a library Qt looked for and could not load means a package is missing from Depends. (Qt's OpenSSL
# backend first tries the unversioned names "ssl" and "crypto", which only the -dev package has, then libssl.so.3:
# those two misses are normal.)
if grep -E 'driver not loaded|Could not load the Qt platform plugin|Cannot load library|No functional TLS backend' \
  "$work/gui.err" "$work/tls.err" | grep -vE '"(ssl|crypto)" cannot load' >"$work/gui.problems"; then
  fail "the programs reported missing pieces:
$(tail_of "$work/gui.problems")"
fi
log "PASS: $(basename "$deb") installs into a clean Debian 12 and both programs run"
