#!/usr/bin/env bash
# A JDK 21 for trying Threadlab on its oldest supported JDK, on a Debian 12 machine whose own packages stop at
# JDK 17: Debian 13's OpenJDK 21 (with its sources, for Javadoc) and the C library and C++ runtime it was built
# for, unpacked into DIR (default /opt/jdk21) and pointed at each other with patchelf. Nothing is installed
# system-wide: the system's libc stays as it is. For developers, not users (they install a JDK 21 the usual
# way). Needs curl, xz, dpkg-deb and patchelf (apt-get install patchelf), and deb.debian.org.
#
#   scripts/jdk21-for-tests.sh [DIR]
#   JAVA_HOME=/opt/jdk21 ./install.sh --prefix /tmp/tl21 --no-build    # a kernel on JDK 21
#   ./mvnw verify -Djvm=/opt/jdk21/bin/java -Dit.test=...              # tests on JDK 21
set -euo pipefail

dir=${1:-/opt/jdk21}
mirror=http://deb.debian.org/debian
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in curl xz dpkg-deb patchelf; do
  command -v "$tool" >/dev/null || { echo "jdk21-for-tests: $tool is missing (apt-get install $tool)" >&2; exit 2; }
done

echo "Reading Debian 13's package list..."
curl -fsS "$mirror/dists/trixie/main/binary-amd64/Packages.xz" | xz -d > "$work/Packages"
for package in openjdk-21-jre-headless openjdk-21-jdk-headless openjdk-21-source libc6 libstdc++6 libgcc-s1 zlib1g; do
  file=$(awk -v p="$package" '$0 == "Package: " p {found = 1} found && /^Filename:/ {print $2; exit}' "$work/Packages")
  [ -n "$file" ] || { echo "jdk21-for-tests: Debian 13 has no $package" >&2; exit 1; }
  echo "Fetching $package..."
  curl -fsS -o "$work/$package.deb" "$mirror/$file"
  dpkg-deb -x "$work/$package.deb" "$work/root"
done

jdk="$work/root/usr/lib/jvm/java-21-openjdk-amd64"
rm -rf "$dir"
mkdir -p "$dir/sys"
cp -a "$jdk/." "$dir/"
# Debian links the JDK's configuration to /etc and its sources elsewhere: copy what the links point at.
find "$dir" -xtype l | while read -r link; do
  target=$(readlink "$link")
  case "$target" in /*) source="$work/root$target" ;; *) source="$(dirname "$jdk/${link#"$dir"/}")/$target" ;; esac
  if [ -e "$source" ]; then rm "$link"; cp -aL "$source" "$link"; fi
done
rm -f "$dir/lib/src.zip"
cp "$work/root/usr/lib/jvm/openjdk-21/lib/src.zip" "$dir/lib/src.zip"
libs="$work/root/usr/lib/x86_64-linux-gnu"
for lib in ld-linux-x86-64.so.2 libc.so.6 libm.so.6 libdl.so.2 libpthread.so.0 librt.so.1 libstdc++.so.6 \
           libgcc_s.so.1 libz.so.1; do
  cp -L "$libs/$lib" "$dir/sys/"
done

# Every program and library of the JDK loads Debian 13's C library through its own loader.
find "$dir/bin" "$dir/lib" -type f | while read -r file; do
  head -c 4 "$file" | grep -q ELF || continue
  rpath=$(patchelf --print-rpath "$file" 2>/dev/null || true)
  patchelf --set-rpath "${rpath:+$rpath:}$dir/sys" "$file"
  if patchelf --print-interpreter "$file" >/dev/null 2>&1; then
    patchelf --set-interpreter "$dir/sys/ld-linux-x86-64.so.2" "$file"
  fi
done
for lib in libstdc++.so.6 libgcc_s.so.1 libz.so.1 libm.so.6; do patchelf --set-rpath "$dir/sys" "$dir/sys/$lib"; done

"$dir/bin/java" -version
echo "A JDK 21 is in $dir."
