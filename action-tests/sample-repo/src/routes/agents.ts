import { Router } from 'express';

interface Agent {
  id: string;
  name: string;
  status: 'idle' | 'busy' | 'offline';
}

const agents = new Map<string, Agent>();

export const router = Router();

router.get('/agents', (_request, response) => {
  response.json([...agents.values()].reverse());
});

router.post('/agents', (request, response) => {
  const name = typeof request.body?.name === 'string' ? request.body.name.trim() : '';
  if (!name) return response.status(400).json({ message: 'name is required' });
  const agent: Agent = { id: `a-${agents.size + 1}`, name, status: 'idle' };
  agents.set(agent.id, agent);
  return response.status(201).json(agent);
});

router.get('/agents/:id', (request, response) => {
  const agent = agents.get(request.params.id);
  if (!agent) return response.status(404).json({ message: 'agent not found' });
  return response.json(agent);
});

router.delete('/agents/:id', (request, response) => {
  if (!agents.delete(request.params.id)) return response.status(404).json({ message: 'agent not found' });
  return response.status(204).end();
});

// Not in the spec yet: route drift reports it.
router.get('/agents/:id/logs', (request, response) => {
  response.type('text/plain').send(`no logs for ${request.params.id}`);
});
