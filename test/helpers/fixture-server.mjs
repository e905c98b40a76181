// A web-test-runner plugin that serves the awkward responses real servers give: errors,
// slow and hanging requests, reset connections, HTML instead of CSV, odd encodings.
// Paths start with /__fixtures/.

const ACLED_HEADER = 'event_id_cnty,event_date,actor1,actor2,event_type,country,fatalities';

const FILES = {
  'html.csv': ['text/html', '<!doctype html><html><head><title>Page not found</title></head><body>Oops</body></html>'],
  'empty.csv': ['text/csv', ''],
  'header-only.csv': ['text/csv', `${ACLED_HEADER}\n`],
  'numbers.csv': [
    'text/csv',
    [
      ACLED_HEADER,
      'MLI1,2025-07-01,JNIM: Group for Support of Islam and Muslims,Military Forces of Mali (2021-),Battles,Mali,"1,234"',
      'MLI2,2025-07-02,JNIM: Group for Support of Islam and Muslims,Civilians (Mali),Violence against civilians,Mali,n/a',
      'MLI3,2025-07-03,Islamic State Sahel Province,Military Forces of Mali (2021-),Battles,Mali,5',
    ].join('\n'),
  ],
  'impossible-dates.csv': [
    'text/csv',
    [
      ACLED_HEADER,
      'BFO1,2025-02-30,JNIM: Group for Support of Islam and Muslims,,Battles,Burkina Faso,1',
      'BFO2,2025-13-01,JNIM: Group for Support of Islam and Muslims,,Battles,Burkina Faso,1',
      'BFO3,2025-07-15,JNIM: Group for Support of Islam and Muslims,,Battles,Burkina Faso,2',
      'BFO4,,JNIM: Group for Support of Islam and Muslims,,Battles,Burkina Faso,2',
    ].join('\n'),
  ],
  'excel-europe.csv': [
    'text/csv',
    '\uFEFF' +
      [
        'event_id_cnty;event_date;actor1;actor2;event_type;country;fatalities',
        'NIG1;15/07/2025;Islamic State Sahel Province;Military Forces of Niger (2023-);Battles;Niger;3',
        'NIG2;16/07/2025;"JNIM: Group for Support of Islam and Muslims";;"Explosions/Remote violence";Niger;0',
      ].join('\r\n') +
      '\r\n',
  ],
};

const hanging = new Map();
/** Requests of counted.csv, by id. */
const counted = new Map();

function bigCsv(rows) {
  const lines = [ACLED_HEADER];
  for (let i = 0; i < rows; i++) lines.push(`MLI${i},2025-07-${String((i % 28) + 1).padStart(2, '0')},JNIM,,Battles,Mali,1`);
  return lines.join('\n');
}

/** Koa middleware for web-test-runner's `middleware` option. */
export async function fixtureMiddleware(context, next) {
  if (!context.path.startsWith('/__fixtures/')) return next();
  const name = context.path.slice('/__fixtures/'.length);
  const id = context.query.id ?? '';
  const send = (type, body, status = 200) => {
    context.status = status;
    context.type = type;
    context.body = body;
  };
  if (name.startsWith('status/')) return send('text/plain', 'error', Number(name.slice(7)));
  if (name === 'slow.csv') {
    await new Promise((done) => setTimeout(done, Number(context.query.ms ?? 2000)));
    return send('text/csv', FILES['numbers.csv'][1]);
  }
  if (name === 'hang.csv') {
    hanging.set(id, { closed: false });
    await new Promise((done) => context.req.on('close', done));
    hanging.set(id, { closed: true });
    return send('text/csv', '');
  }
  if (name === 'hang-status') {
    const state = hanging.get(id);
    return send('application/json', JSON.stringify({ requested: Boolean(state), closed: state?.closed ?? false }));
  }
  if (name === 'counted.csv') {
    counted.set(id, (counted.get(id) ?? 0) + 1);
    return send('text/csv', FILES['numbers.csv'][1]);
  }
  if (name === 'count-status') return send('application/json', JSON.stringify({ requests: counted.get(id) ?? 0 }));
  if (name === 'reset.csv') {
    context.req.socket.destroy();
    context.respond = false;
    return undefined;
  }
  if (name === 'big.csv') return send('text/csv', bigCsv(Number(context.query.rows ?? 100)));
  const file = FILES[name];
  if (!file) return send('text/plain', 'Not found', 404);
  return send(file[0], file[1]);
}
