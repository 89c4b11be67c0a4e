#!/usr/bin/env bash
# bench/run.sh — the figures of BENCHMARKS.md, measured side by side with
# Cayley v0.7.7's own CLI in one invocation on this machine.
#
#   bench/run.sh [--quads N] [--big N] [--pg-quads N] [--runs R] [--articles N]
#                [--no-big] [--no-pg] [--no-go] [--no-extract] [--only-extract]
#
# Writes bench/out/<UTC time>/ (git-ignored): results.txt (the summary),
# the raw /usr/bin/time -v logs and the Go benchmark output. Needs
# /usr/bin/time; the PostgreSQL part needs a PostgreSQL server installed
# (a throw-away cluster is started on 127.0.0.1 as .ci/run does, as root).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

quads=1000000 big=5000000 pgquads=100000 runs=3 articles=4000
do_big=1 do_pg=1 do_go=1 do_extract=1 only_extract=0
while [ $# -gt 0 ]; do
  case "$1" in
    --quads) quads=$2; shift 2 ;;
    --big) big=$2; shift 2 ;;
    --pg-quads) pgquads=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --no-big) do_big=0; shift ;;
    --no-pg) do_pg=0; shift ;;
    --no-go) do_go=0; shift ;;
    --articles) articles=$2; shift 2 ;;
    --no-extract) do_extract=0; shift ;;
    --only-extract) only_extract=1; shift ;;
    *) echo "usage: $0 [--quads N] [--big N] [--pg-quads N] [--runs R] [--articles N] [--no-big] [--no-pg] [--no-go] [--no-extract] [--only-extract]" >&2; exit 2 ;;
  esac
done

out=$root/bench/out/$(date -u +%Y%m%dT%H%M%SZ)
work=$(mktemp -d)
mkdir -p "$out/bin"
res=$out/results.txt
log() { echo "$*" | tee -a "$res"; }
pgdir=""
cleanup() {
  if [ -n "$pgdir" ]; then
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$pgdir"
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# wall seconds and peak RSS (MB) from a /usr/bin/time -v log
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.4f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

log "# claimgraph benchmarks, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
log "commit:  $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- graph cmd schema internal || echo ' (with uncommitted changes)')"
log "machine: $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
log "go:      $(go version | awk '{ print $3 }')"
log "command: bench/run.sh --quads $quads --big $big --pg-quads $pgquads --runs $runs --articles $articles$([ $do_big = 1 ] || echo ' --no-big')$([ $do_pg = 1 ] || echo ' --no-pg')$([ $do_go = 1 ] || echo ' --no-go')$([ $do_extract = 1 ] || echo ' --no-extract')$([ $only_extract = 0 ] || echo ' --only-extract')"
log ""

# Binaries: claimgraph from this tree; Cayley's own CLI from the module
# cache, in a module of its own (its CLI needs modules claimgraph does not).
cg=$out/bin/claimgraph cayley=$out/bin/cayley
go build -o "$cg" ./cmd/claimgraph

# Extraction: a corpus of $articles article files made from every article
# of the repository (seeds and held-out batches, all styles), each copy
# under a name of its own, through one `claimgraph extract` process, as
# build reads a corpus. Per core = bytes / (user + system CPU seconds).
if [ $do_extract = 1 ] || [ $only_extract = 1 ]; then
  mkdir -p "$work/articles"
  mapfile -t src < <(ls data/articles/*.txt data/eval/articles*/*.txt)
  for i in $(seq 0 $((articles - 1))); do
    cp "${src[$((i % ${#src[@]}))]}" "$work/articles/$(printf 'a%05d' "$i")-$(basename "${src[$((i % ${#src[@]}))]}")"
  done
  bytes=$(cat "$work/articles"/*.txt | wc -c)
  log "## extraction: $articles articles ($(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB, ${#src[@]} distinct files copied round), $runs runs"
  for r in $(seq "$runs"); do
    # (each run writes a new file: replacing the last run's output (230 MB at 4,000 articles) would
    # charge the kernel's freeing of its pages, 0.3-0.45 s of system time,
    # to the run)
    rm -f "$work/extract.nq"
    /usr/bin/time -v "$cg" extract -o "$work/extract.nq" "$work/articles"/*.txt 2>"$out/extract-time-$r.txt" >/dev/null
    u=$(awk -F': ' '/User time/ { print $2 }' "$out/extract-time-$r.txt")
    sy=$(awk -F': ' '/System time/ { print $2 }' "$out/extract-time-$r.txt")
    el=$(awk '/Elapsed \(wall clock\)/ { print $NF }' "$out/extract-time-$r.txt" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    rss=$(awk -F': ' '/Maximum resident/ { printf "%d", $2 / 1024 }' "$out/extract-time-$r.txt")
    echo "$(awk -v b="$bytes" -v u="$u" -v s="$sy" 'BEGIN { printf "%.1f", b / 1e6 / (u + s) }') $(awk -v b="$bytes" -v e="$el" 'BEGIN { printf "%.1f", b / 1e6 / e }') $rss"
  done >"$work/extract.txt"
  log "  MB/s per core (CPU time): $(cut -d' ' -f1 "$work/extract.txt" | tr '\n' ' ')(median $(cut -d' ' -f1 "$work/extract.txt" | median))"
  log "  MB/s wall clock:          $(cut -d' ' -f2 "$work/extract.txt" | tr '\n' ' ')"
  log "  peak RSS, MB:             $(cut -d' ' -f3 "$work/extract.txt" | tr '\n' ' ')"
  log "  statements: $(grep -c 'vocab#Statement' "$work/extract.nq"), quads: $(wc -l <"$work/extract.nq")"
  log "  command: /usr/bin/time -v claimgraph extract -o OUT DIR/*.txt"
  log ""
  if [ $only_extract = 1 ]; then
    log "raw logs: $out"
    exit 0
  fi
fi
mkdir -p "$work/cayley-build"
(
  cd "$work/cayley-build"
  cat > go.mod <<'EOF'
module cayleybuild

go 1.26

require github.com/cayleygraph/cayley v0.7.7
EOF
  printf '//go:build tools\n\npackage tools\n\nimport _ "github.com/cayleygraph/cayley/cmd/cayley"\n' > tools.go
  go mod tidy >/dev/null 2>&1
  go build -o "$cayley" github.com/cayleygraph/cayley/cmd/cayley 2>/dev/null
)

corpus=$work/corpus-$quads.nq
"$cg" gen -n "$quads" --seed 1 -o "$corpus"
log "## bolt: load $quads quads ($(du -m "$corpus" | cut -f1) MB of N-Quads, claimgraph gen -n $quads --seed 1), $runs runs, alternating"
cat > "$work/cayley-tuned.json" <<EOF
{"store": {"backend": "bolt", "address": "$work/tuned", "options": {"nosync": true, "no_bloom": true}}}
EOF
for r in $(seq "$runs"); do
  order="cayley tuned claimgraph"
  [ $((r % 2)) = 0 ] && order="claimgraph tuned cayley"
  for who in $order; do
    rm -rf "$work/$who"
    sync
    case $who in
      cayley) /usr/bin/time -v "$cayley" load --init --db bolt -a "$work/cayley" -i "$corpus" --logtostderr=false >"$out/load-$who-$r.log" 2>&1 ;;
      tuned) /usr/bin/time -v "$cayley" load --init -c "$work/cayley-tuned.json" --db bolt -a "$work/tuned" -i "$corpus" --logtostderr=false >"$out/load-$who-$r.log" 2>&1 ;;
      claimgraph) /usr/bin/time -v "$cg" load --quiet --db "$work/claimgraph" "$corpus" >"$out/load-$who-$r.log" 2>&1 ;;
    esac
    echo "$(wall "$out/load-$who-$r.log") $(rss "$out/load-$who-$r.log")" >>"$work/load-$who.txt"
    log "  run $r $who: $(wall "$out/load-$who-$r.log") s, $(rss "$out/load-$who-$r.log") MB peak RSS"
  done
done
for who in cayley tuned claimgraph; do
  w=$(cut -d' ' -f1 "$work/load-$who.txt" | median)
  m=$(cut -d' ' -f2 "$work/load-$who.txt" | sort -n | tail -n 1)
  eval "w_$who=$w"
  log "  $who: median $w s = $(rate "$quads" "$w") quads/s, peak RSS up to $m MB"
done
log "  ratio claimgraph / cayley load (throughput): $(ratio "$w_cayley" "$w_claimgraph")x; / cayley load with nosync+no_bloom: $(ratio "$w_tuned" "$w_claimgraph")x"
log "  store size: claimgraph $(du -m "$work/claimgraph/indexes.bolt" | cut -f1) MB, cayley $(du -m "$work/cayley/indexes.bolt" | cut -f1) MB"
log "  commands: /usr/bin/time -v cayley load --init --db bolt -a DIR -i CORPUS"
log "            /usr/bin/time -v cayley load --init -c cayley-tuned.json --db bolt -a DIR -i CORPUS   (store.options nosync, no_bloom)"
log "            /usr/bin/time -v claimgraph load --quiet --db DIR CORPUS"
log ""

# who-said in a new process each time (process start and store open
# included), and through serve (a warm process).
rare=no-preconditions hot=no-ukraine-membership
log "## bolt: who-said on the $quads-quad store"
for d in $rare rollback-to-1997 $hot; do
  rows=$("$cg" who-said --db "$work/claimgraph" --demand $d --format jsonl | wc -l)
  for i in $(seq 11); do
    /usr/bin/time -f '%e' -o "$work/t" "$cg" who-said --db "$work/claimgraph" --demand $d --format jsonl >/dev/null
    cat "$work/t"
  done | median >"$work/m"
  log "  claimgraph who-said --demand $d --format jsonl: $rows rows, median $(cat "$work/m") s per process (11 runs)"
done
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$cg" serve --db "$work/claimgraph" --addr "127.0.0.1:$port" >"$out/serve.log" 2>&1 &
spid=$!
for i in $(seq 50); do curl -fs "http://127.0.0.1:$port/api/who-said?demand=$rare" >/dev/null 2>&1 && break; sleep 0.2; done
for d in $rare $hot; do
  for i in $(seq 21); do curl -fs -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port/api/who-said?demand=$d"; done | median >"$work/m"
  log "  serve: GET /api/who-said?demand=$d median $(cat "$work/m") s (21 requests, warm)"
done
kill "$spid"; wait "$spid" 2>/dev/null || true
log ""

if [ $do_big = 1 ]; then
  bigc=$work/corpus-$big.nq
  "$cg" gen -n "$big" --seed 2 -o "$bigc"
  rm -rf "$work/claimgraph-big"
  /usr/bin/time -v "$cg" load --quiet --db "$work/claimgraph-big" "$bigc" >"$out/load-big.log" 2>&1
  w=$(wall "$out/load-big.log")
  log "## bolt: load $big quads (claimgraph gen -n $big --seed 2): $w s = $(rate "$big" "$w") quads/s, peak RSS $(rss "$out/load-big.log") MB, store $(du -m "$work/claimgraph-big/indexes.bolt" | cut -f1) MB"
  log "  $(grep '^loaded' "$out/load-big.log")"
  rm -rf "$work/claimgraph-big" "$bigc"
  log ""
fi

if [ $do_go = 1 ]; then
  log "## Go benchmarks (CLAIMGRAPH_BENCH_QUADS=$quads go test -run '^\$' -bench . -benchtime 10x ./graph)"
  CLAIMGRAPH_BENCH_QUADS=$quads go test -run '^$' -bench . -benchtime 10x ./graph 2>&1 | tee "$out/go-bench.txt" | grep -E '^Benchmark' | sed 's/^/  /' | tee -a "$res"
  log ""
fi

if [ $do_pg = 1 ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$pgbin" ] || [ "$(id -u)" != 0 ]; then
    log "## PostgreSQL: skipped (needs a PostgreSQL server installed and root to start a throw-away cluster)"
  else
    pgdir=$(mktemp -d)
    chown postgres "$pgdir"
    pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    runuser -u postgres -- "$pgbin/initdb" -D "$pgdir/data" -A trust -U postgres >/dev/null
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $pgport -k $pgdir" start >/dev/null
    url() { echo "postgres://postgres@127.0.0.1:$pgport/$1?sslmode=disable"; }
    psql=("$pgbin/psql" -q -h 127.0.0.1 -p "$pgport" -U postgres -d postgres)
    pgc=$work/corpus-$pgquads.nq
    "$cg" gen -n "$pgquads" --seed 1 -o "$pgc"
    log "## PostgreSQL $("$pgbin/postgres" --version | awk '{ print $3 }') (throw-away cluster, default settings, fsync on): load $pgquads quads, $runs runs"
    for r in $(seq "$runs"); do
      for who in cayley claimgraph; do
        "${psql[@]}" -c "DROP DATABASE IF EXISTS $who" -c "CREATE DATABASE $who"
        case $who in
          cayley) /usr/bin/time -v "$cayley" load --init --db postgres -a "$(url cayley)" -i "$pgc" --logtostderr=false >"$out/pg-load-$who-$r.log" 2>&1 ;;
          claimgraph) /usr/bin/time -v "$cg" load --quiet --db "$(url claimgraph)" "$pgc" >"$out/pg-load-$who-$r.log" 2>&1 ;;
        esac
        echo "$(wall "$out/pg-load-$who-$r.log")" >>"$work/pg-load-$who.txt"
        log "  run $r $who: $(wall "$out/pg-load-$who-$r.log") s, $(rss "$out/pg-load-$who-$r.log") MB peak RSS"
      done
    done
    wc=$(median <"$work/pg-load-cayley.txt") wg=$(median <"$work/pg-load-claimgraph.txt")
    log "  cayley load: median $wc s = $(rate "$pgquads" "$wc") quads/s; claimgraph load: median $wg s = $(rate "$pgquads" "$wg") quads/s; ratio $(ratio "$wc" "$wg")x"
    log "  commands: cayley load --init --db postgres -a URL -i CORPUS;  claimgraph load --quiet --db URL CORPUS"
    /usr/bin/time -v "$cg" load --quiet --db "$(url claimgraph)" "$pgc" >"$out/pg-reload.log" 2>&1
    log "  reload of the same file (nothing new): $(wall "$out/pg-reload.log") s: $(grep '^loaded' "$out/pg-reload.log" | sed 's/into .*(/(/')"
    for d in $rare rollback-to-1997 rescind-bucharest-2008 $hot; do
      rows=$("$cg" who-said --db "$(url claimgraph)" --demand $d --format jsonl | wc -l)
      for i in $(seq 11); do
        /usr/bin/time -f '%e' -o "$work/t" "$cg" who-said --db "$(url claimgraph)" --demand $d --format jsonl >/dev/null
        cat "$work/t"
      done | median >"$work/m"
      log "  claimgraph who-said --demand $d: $rows rows, median $(cat "$work/m") s per process (11 runs)"
    done
    if [ $do_go = 1 ]; then
      log "  Go benchmarks (CLAIMGRAPH_BENCH_QUADS=$pgquads CLAIMGRAPH_TEST_POSTGRES=URL go test -run '^\$' -bench Postgres -benchtime 20x ./graph):"
      CLAIMGRAPH_BENCH_QUADS=$pgquads CLAIMGRAPH_TEST_POSTGRES=$(url postgres) go test -run '^$' -bench Postgres -benchtime 20x ./graph 2>&1 |
        tee "$out/go-bench-pg.txt" | grep -E '^Benchmark' | sed 's/^/    /' | tee -a "$res"
    fi
  fi
  log ""
fi
log "raw logs: $out"
