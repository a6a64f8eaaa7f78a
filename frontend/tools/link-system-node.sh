#!/bin/sh
# Makes frontend-maven-plugin use the Node.js and npm found on PATH instead of downloading them.
# The plugin runs <installDirectory>/node/node and <installDirectory>/node/node_modules/npm;
# we point both at the system installation with symbolic links.
set -eu
install_dir="$1/node"

node_bin=$(command -v node 2>/dev/null) || {
  echo "ERROR: Node.js >= 20 with npm must be on PATH to build the frontend (see README.md)." >&2
  exit 1
}
major=$("$node_bin" -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "ERROR: Node.js >= 20 is required, found $("$node_bin" --version) at $node_bin." >&2
  exit 1
fi
npm_dir="$(npm root -g)/npm"
if [ ! -f "$npm_dir/bin/npm-cli.js" ]; then
  echo "ERROR: npm not found at $npm_dir (expected npm installed globally next to node)." >&2
  exit 1
fi

mkdir -p "$install_dir/node_modules"
ln -sfn "$node_bin" "$install_dir/node"
ln -sfn "$npm_dir" "$install_dir/node_modules/npm"
echo "Using Node $("$node_bin" --version) from $node_bin and npm from $npm_dir"
