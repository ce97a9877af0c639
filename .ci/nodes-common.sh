# Sourced by .ci/two-nodes and .ci/backup-restore: the jar run as an operator runs it, against the PostgreSQL database
# named by SPRING_DATASOURCE_URL (…USERNAME/PASSWORD; migrations as SPRING_FLYWAY_USER if set), driven with curl; an
# S3-compatible object store when a script wants one (start_s3proxy).
: "${SPRING_DATASOURCE_URL:?the nodes need an external PostgreSQL: set SPRING_DATASOURCE_URL (and its user)}"
: "${NASTAVNIK_ADMIN_PASSWORD:?set NASTAVNIK_ADMIN_PASSWORD (the system administrator of that database)}"
admin=${NASTAVNIK_ADMIN_USERNAME:-admin}
began=$(date +%s)
work=$(mktemp -d "${TMPDIR:-/tmp}/nastavnik-ci-XXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

failures=0
check() { # check <what> <command…>: prints ok or FAIL, counts the failures
  local name=$1; shift
  if "$@"; then echo "  ok   $name"; else echo "  FAIL $name"; failures=$((failures + 1)); fi
}
fatal() { echo "  FAIL $1 (logs: $logs)"; echo "== $title: FAIL"; exit 1; }
summary() {
  local seconds=$(( $(date +%s) - began ))
  if (( failures == 0 )); then echo "== $title: PASS ($seconds s)"; else
    echo "== $title: FAIL — $failures check(s) failed ($seconds s; logs: $logs)"; exit 1; fi
}

# psql from the JDBC URL (jdbc:postgresql://host:port/database?…): sql <statement> as the application's role,
# owner_sql as the schema's owner (the Flyway user, or the same role)
if [[ $SPRING_DATASOURCE_URL =~ ^jdbc:postgresql://([^:/]+)(:([0-9]+))?/([^?]+) ]]; then
  db_host=${BASH_REMATCH[1]}; db_port=${BASH_REMATCH[3]:-5432}; db_name=${BASH_REMATCH[4]}
else
  echo "SPRING_DATASOURCE_URL is not jdbc:postgresql://host:port/database"; exit 1
fi
db_user=${SPRING_DATASOURCE_USERNAME:-postgres}
db_owner=${SPRING_FLYWAY_USER:-$db_user}
db_owner_password=${SPRING_FLYWAY_PASSWORD:-${SPRING_DATASOURCE_PASSWORD:-}}
sql() { PGPASSWORD=${SPRING_DATASOURCE_PASSWORD:-} psql -X -q -tA -v ON_ERROR_STOP=1 -h "$db_host" -p "$db_port" \
  -U "$db_user" -d "$db_name" -c "$1"; }
owner_sql() { PGPASSWORD=$db_owner_password psql -X -q -tA -v ON_ERROR_STOP=1 -h "$db_host" -p "$db_port" \
  -U "$db_owner" -d "$db_name" -c "$1"; }

jar=$(ls target/nastavnik-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [[ -z $jar || ! -f target/s3proxy/s3proxy.jar ]]; then
  ./mvnw -B -q -o -DskipTests package
  jar=$(ls target/nastavnik-*.jar | grep -v original | head -n 1)
fi

start_node() { # start_node <name> <port> [env's -u NAME…] [NAME=value…]: the jar, its data in $work/<name>; pid in $node_pid
  local name=$1 port=$2; shift 2
  mkdir -p "$work/$name"
  env "$@" NASTAVNIK_DATA_DIR="$work/$name" java -Xmx512m -XX:+UseSerialGC -jar "$jar" --server.port="$port" \
    >> "$logs/$name.log" 2>&1 &
  node_pid=$!
  pids+=("$node_pid")
}

await_node() { # await_node <name> <port> <pid>: up to 150 s for its health
  for _ in $(seq 1 150); do
    curl -fs "localhost:$2/actuator/health" 2>/dev/null | grep -q '"UP"' && return 0
    kill -0 "$3" 2>/dev/null || break
    sleep 1
  done
  tail -n 60 "$logs/$1.log"
  fatal "node $1 did not start"
}

api=(-fs -u "$admin:$NASTAVNIK_ADMIN_PASSWORD")
json=(-H 'Content-Type: application/json')
id_of() { sed 's/.*"id":"\([^"]*\)".*/\1/'; }
suffix=$(date +%s)

new_school() { # new_school <port> [label]: a region and a school in it, made through the API; the school's id in $school
  local region name="$title $suffix${2:+ $2}"
  region=$(curl "${api[@]}" "${json[@]}" -d "{\"name\":\"$name\",\"kind\":\"REGION\"}" \
    "localhost:$1/api/v1/organisations" | id_of) || fatal "a region could not be created through the API"
  school=$(curl "${api[@]}" "${json[@]}" -d "{\"name\":\"Школа: $name\",\"kind\":\"ORGANISATION\",\"parentId\":\"$region\"}" \
    "localhost:$1/api/v1/organisations" | id_of) || fatal "a school could not be created through the API"
}

new_curator() { # new_curator <port>: a curator of $school; curl's credentials for her in ${as_curator[@]}
  curator="curator-$suffix-$school" curator_password="Kurator-$suffix-password"
  curl "${api[@]}" "${json[@]}" -o /dev/null -d "{\"username\":\"$curator\",\"password\":\"$curator_password\",
    \"fullName\":\"Куратор: $title\",\"roles\":[{\"role\":\"CURATOR\",\"organisationId\":\"$school\"}]}" \
    "localhost:$1/api/v1/users" || fatal "the curator could not be created"
  as_curator=(-fs -u "$curator:$curator_password")
}

json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

staff_csv() { # staff_csv <rows> <file>: distinct people (name, birth date, personnel number and e-mail differ row to row)
  {
    echo "Табельный номер;Фамилия;Имя;Отчество;Пол;Дата рождения;Должность;Предметы;Педагогический стаж;Категория;Эл. почта"
    awk -v n="$1" -v s="$suffix" 'BEGIN {
      split("Иванова Петрова Смирнова Кузнецова Попова Соколова Лебедева Козлова Новикова Морозова", last, " ")
      split("Мария Анна Елена Ольга Наталья Ирина Татьяна Светлана", first, " ")
      for (i = 0; i < n; i++)
        printf "N%s-%d;%s;%s;Петровна;Ж;%02d.%02d.%d;учитель;математика;%d;первая;n%s-%d@school.ru\n", s, i,
          last[1 + i % 10], first[1 + int(i / 10) % 8], 1 + i % 28, 1 + int(i / 28) % 12, 1960 + int(i / 336), i % 40, s, i
    }'
  } > "$2"
}

staff_count() { # staff_count <port>: the school's staff as the API counts them
  curl "${api[@]}" "localhost:$1/api/v1/organisations/$school/staff?size=1" | sed 's/.*"totalElements":\([0-9]*\).*/\1/'
}

start_s3proxy() { # start_s3proxy <port> <identity> <secret> <bucket>: S3Proxy in memory (signed requests) with the
  # bucket made, empty; its pid in $s3proxy_pid, a node's settings for it in ${s3[@]}
  local port=$1 id=$2 secret=$3 bucket=$4
  cat > "$work/s3proxy.properties" <<EOF
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$id
s3proxy.credential=$secret
s3proxy.endpoint=http://127.0.0.1:$port
jclouds.provider=transient
jclouds.identity=unused
jclouds.credential=unused
EOF
  java -Xmx192m -XX:TieredStopAtLevel=1 -jar target/s3proxy/s3proxy.jar --properties "$work/s3proxy.properties" \
    >> "$logs/s3proxy.log" 2>&1 &
  s3proxy_pid=$!
  pids+=("$s3proxy_pid")
  for _ in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.5; done
  curl -fs -X PUT --aws-sigv4 "aws:amz:us-east-1:s3" --user "$id:$secret" \
    -H "x-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" \
    "http://127.0.0.1:$port/$bucket" >/dev/null || fatal "the bucket could not be created"
  s3=(NASTAVNIK_STORAGE=s3 NASTAVNIK_STORAGE_S3_ENDPOINT="http://127.0.0.1:$port" NASTAVNIK_STORAGE_S3_BUCKET="$bucket"
    NASTAVNIK_STORAGE_S3_ACCESSKEY="$id" NASTAVNIK_STORAGE_S3_SECRETKEY="$secret")
}
