import { describe, expect, test } from '@jest/globals';
import { compareRoutes, serverBasePaths } from './drift.ts';
import { extractRoutes } from './extract.ts';
import { normalisePath } from './route.ts';

const routes = (file: string, text: string) =>
  extractRoutes(file, text).map((route) => `${route.method} ${route.path} @${route.line}`);

describe('extractRoutes', () => {
  test('Express, Koa and Fastify', () => {
    const text = [
      "const api = new Router({ prefix: '/api' });",
      "app.get('/health', ok);",
      "api.post('/agents', create);",
      "router.route('/agents/:id').get(show).delete(remove);",
      'fastify.route({',
      "  method: ['GET', 'HEAD'],",
      "  url: '/jobs/:id',",
      '  handler,',
      '});',
      "cache.get('key');",
      "await axios.get('/agents');",
    ].join('\n');
    expect(routes('src/routes/app.ts', text)).toEqual([
      'GET /health @2',
      'POST /api/agents @3',
      'GET /agents/:id @4',
      'DELETE /agents/:id @4',
      'GET /jobs/:id @5',
      'HEAD /jobs/:id @5',
    ]);
  });

  test('Express mounts a router under a prefix with app.use', () => {
    const text = "router.get('/agents', list);\napp.use('/v1', router);\n";
    expect(routes('src/api/index.js', text)).toEqual(['GET /v1/agents @1']);
  });

  test('NestJS controllers and method decorators', () => {
    const text = [
      "@Controller('agents')",
      'export class AgentsController {',
      '  @Get()',
      '  list() {}',
      "  @Get(':id')",
      '  show() {}',
      "  @Post(':id/restart')",
      '  restart() {}',
      '}',
    ].join('\n');
    expect(routes('src/controllers/agents.controller.ts', text)).toEqual([
      'GET /agents @3',
      'GET /agents/:id @5',
      'POST /agents/:id/restart @7',
    ]);
  });

  test('Go: net/http 1.22 patterns, chi, gin and echo', () => {
    const text = [
      'mux.HandleFunc("GET /agents/{id}", getAgent)',
      'mux.Handle("/static/", files)',
      'r.Route("/jobs", func(r chi.Router) {',
      '\tr.Get("/{jobID}", getJob)',
      '\tr.With(auth).Post("/", createJob)',
      '})',
      'r.Get("/ping", ping)',
      'v1 := engine.Group("/v1")',
      'v1.GET("/users/:id", getUser)',
      'e.POST("/login", login)',
    ].join('\n');
    expect(routes('src/handlers/routes.go', text)).toEqual([
      'GET /agents/{id} @1',
      'ANY /static/ @2',
      'GET /jobs/{jobID} @4',
      'POST /jobs/ @5',
      'GET /ping @7',
      'GET /v1/users/:id @9',
      'POST /login @10',
    ]);
  });

  test('FastAPI and Flask', () => {
    const text = [
      'router = APIRouter(prefix="/agents")',
      '@router.get("/{agent_id}")',
      'def show(agent_id: str): ...',
      '@app.post("/login")',
      'def login(): ...',
      "@bp.route('/users/<int:user_id>', methods=['GET', 'PUT'])",
      'def user(user_id): ...',
    ].join('\n');
    expect(routes('src/api/routes.py', text)).toEqual([
      'GET /agents/{agent_id} @2',
      'POST /login @4',
      'GET /users/<int:user_id> @6',
      'PUT /users/<int:user_id> @6',
    ]);
  });
});

describe('route drift', () => {
  test('every notation of a path parameter is the same path', () => {
    for (const path of [
      '/agents/:id',
      '/agents/{id}',
      '/agents/<int:id>',
      '/agents/{id:[0-9]+}',
      '/agents/{agentId}/',
    ]) {
      expect(normalisePath(path)).toBe('/agents/{}');
    }
  });

  test('code routes missing from the spec and spec operations without a route', () => {
    const code = [
      { method: 'GET', path: '/v1/agents/:id', file: 'src/routes/a.ts', line: 3 },
      { method: 'POST', path: '/v1/agents', file: 'src/routes/a.ts', line: 9 },
    ];
    const spec = [
      { method: 'get', path: '/agents/{agentId}', file: 'docs/openapi/api.yaml', line: 12 },
      { method: 'head', path: '/agents/{agentId}', file: 'docs/openapi/api.yaml', line: 20 },
      { method: 'delete', path: '/agents/{agentId}', file: 'docs/openapi/api.yaml', line: 30 },
    ];
    const result = compareRoutes(
      code,
      spec,
      serverBasePaths([{ url: 'https://api.example.com/v1' }]),
      'warning',
    );
    expect(
      result.findings.map((finding) => `${finding.rule} ${finding.file}:${finding.line}`),
    ).toEqual([
      'route-missing-from-spec src/routes/a.ts:9',
      'route-not-implemented docs/openapi/api.yaml:30',
    ]);
    expect(result.rows).toHaveLength(4);
  });
});
