// A tiny in-browser stand-in for the API, used only when E2E_MOCK=1 (to check the e2e script and
// selectors against `vite preview`). The real e2e run talks to the real API and never loads this.
const USERS = {
  admin: { password: 'Admin#2026-Demo', roles: ['Admin'], displayName: '系统管理员', unitName: '投资促进中心' },
  reviewer: { password: 'Reviewer#2026-Demo', roles: ['Reviewer'], displayName: '审核员', unitName: '投资促进中心' },
  filer: { password: 'Filer#2026-Demo', roles: ['Filer'], displayName: '填报员', unitName: '高新区', unitId: 'u2' },
  leader: { password: 'Leader#2026-Demo', roles: ['Leader'], displayName: '市领导' },
  association: { password: 'Assoc#2026-Demo', roles: ['Association'], displayName: '北京商会' },
};

const UNITS = [
  { id: 'u1', code: 'CENTER', name: '市投资促进中心', kind: 'Center', version: 1, createdAt: '2026-01-01T00:00:00Z' },
  { id: 'u2', code: 'GXQ', name: '高新技术产业开发区', kind: 'Park', version: 1, createdAt: '2026-01-01T00:00:00Z' },
  { id: 'u3', code: 'WL', name: '武陵区', kind: 'County', description: '县区', version: 3, createdAt: '2026-01-02T00:00:00Z' },
];

export async function installApiMock(context) {
  let current = null;
  await context.route(/\/api\//, async (route) => {
    const req = route.request();
    const url = new URL(req.url());
    const json = (status, body) =>
      route.fulfill({ status, contentType: 'application/json', body: body === undefined ? '' : JSON.stringify(body) });
    const p = url.pathname;
    if (p === '/api/auth/me') return current ? json(200, current) : json(401, { status: 401, title: 'Unauthorized' });
    if (p === '/api/auth/session') return json(200, { user: current });
    if (p === '/api/auth/login') {
      const { userName, password } = JSON.parse(req.postData() || '{}');
      const u = USERS[userName];
      if (!u || u.password !== password)
        return json(401, { status: 401, title: 'Unauthorized', code: 'auth.invalid-credentials' });
      current = { id: `id-${userName}`, userName, displayName: u.displayName, roles: u.roles, unitId: u.unitId, unitName: u.unitName };
      return json(200, current);
    }
    if (p === '/api/auth/logout') {
      current = null;
      return route.fulfill({ status: 204 });
    }
    if (!current) return json(401, { status: 401 });
    if (p === '/api/units') return json(200, { items: UNITS, page: 1, pageSize: 20, totalCount: UNITS.length });
    if (p.startsWith('/api/units/')) return json(200, UNITS.find((u) => p.endsWith(u.id)) ?? UNITS[0]);
    if (p === '/api/users')
      return json(200, {
        items: [{ id: 'id-admin', userName: 'admin', displayName: '系统管理员', role: 'Admin', isActive: true, isLockedOut: false, version: 1 }],
        page: 1,
        pageSize: 20,
        totalCount: 1,
      });
    if (p === '/api/audit') return json(200, { items: [], page: 1, pageSize: 20, totalCount: 0 });
    return json(200, []);
  });
}
