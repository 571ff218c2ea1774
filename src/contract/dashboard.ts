import { z } from 'zod';

/**
 * The organizer's dashboard of one event and the network view across events. Plain counts only: the
 * web app draws each figure as a chart with its table beside it and exports both (CSV, SVG, PNG).
 */

const count = z.number().int().nonnegative();
const sectorDefinitionSchema = z.object({
  key: z.string(),
  label: z.object({ de: z.string(), en: z.string() }),
});

export const registrationDaySchema = z.object({
  /** The calendar day in the event's time zone (YYYY-MM-DD). */
  day: z.string(),
  registered: count,
  cumulative: count,
});

export const sectorCountSchema = z.object({ sector: z.string(), count });

export const sectorPairSchema = z.object({ sectorA: z.string(), sectorB: z.string(), count });

export const islandFillSchema = z.object({
  islandId: z.string(),
  theme: z.string(),
  roundId: z.string(),
  roundTitle: z.string(),
  seated: count,
  capacity: count,
});

/** How many seats went to people's first, second, third or a later choice, or to no ranked choice. */
export const choiceSatisfactionSchema = z.object({
  first: count,
  second: count,
  third: count,
  later: count,
  unranked: count,
});

export const sessionQuestionsSchema = z.object({
  sessionId: z.string(),
  title: z.string(),
  questions: count,
  askers: count,
  upvotes: count,
});

export const pollParticipationSchema = z.object({
  pollId: z.string(),
  sessionTitle: z.string(),
  question: z.string(),
  voters: count,
});

export const dashboardSchema = z.object({
  event: z.object({
    id: z.string(),
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    timeZone: z.string(),
    capacity: count,
    seatsTaken: count,
  }),
  generatedAt: z.string(),
  sectors: z.array(sectorDefinitionSchema),
  registrations: z.object({
    total: count,
    days: z.array(registrationDaySchema),
    /** When the event was booked out (null while seats are left); see bookedOutBasis. */
    bookedOutAt: z.string().nullable(),
    /** waitlist: the first person had to wait; lastSeat: nobody waited, the last public seat was taken. */
    bookedOutBasis: z.enum(['waitlist', 'lastSeat']).nullable(),
  }),
  /** Registrations holding or waiting for a seat (pending, offered, confirmed, waitlisted) by sector. */
  sectorMix: z.array(sectorCountSchema),
  waitlist: z.object({
    everWaitlisted: count,
    waitingNow: count,
    offered: count,
    promotedConfirmed: count,
  }),
  confirmation: z.object({
    registrations: count,
    confirmed: count,
    pending: count,
    expired: count,
    cancelled: count,
    reconfirmAsked: count,
    reconfirmYes: count,
    reconfirmReleased: count,
  }),
  attendance: z.object({
    confirmed: count,
    checkedIn: count,
    /** Confirmed but not checked in; counted only once the event has ended (null before). */
    noShows: count.nullable(),
  }),
  meetings: z.object({
    requested: count,
    pending: count,
    accepted: count,
    declined: count,
    cancelled: count,
    scheduled: count,
    held: count,
    /** Accepted meetings by the pair of sectors (sectorA <= sectorB), both sectors known. */
    sectorPairs: z.array(sectorPairSchema),
  }),
  islands: z.object({ fill: z.array(islandFillSchema), choices: choiceSatisfactionSchema }),
  /** The project board: ideas, consortia (at least one accepted partner), sectors per consortium, stages. */
  ideas: z.object({
    ideas: count,
    consortia: count,
    partners: count,
    sectorsPerConsortium: z.array(z.object({ sectors: count, count })),
    stages: z.array(z.object({ stage: z.enum(['idea', 'forming', 'applying', 'running']), count })),
  }),
  interaction: z.object({
    /** The base of participation rates: checked-in people, or confirmed ones before anyone checked in. */
    audience: count,
    sessions: z.array(sessionQuestionsSchema),
    polls: z.array(pollParticipationSchema),
  }),
});

export const networkEventSchema = z.object({
  eventId: z.string(),
  title: z.string(),
  year: z.number().int(),
  startsAt: z.string(),
  participants: count,
  organizations: count,
  sectors: z.array(sectorCountSchema),
});

export const networkNodeSchema = z.object({
  id: z.string(),
  name: z.string(),
  sector: z.string(),
  meetings: count,
});

export const networkEdgeSchema = z.object({
  source: z.string(),
  target: z.string(),
  meetings: count,
  isCrossSector: z.boolean(),
});

export const networkSchema = z.object({
  generatedAt: z.string(),
  sectors: z.array(sectorDefinitionSchema),
  events: z.array(networkEventSchema),
  returning: z.object({
    people: count,
    peopleReturning: count,
    organizations: count,
    organizationsReturning: count,
    /** Organizations present at more than one event, most events first. */
    topOrganizations: z.array(z.object({ name: z.string(), events: count })),
  }),
  graph: z.object({
    nodes: z.array(networkNodeSchema),
    edges: z.array(networkEdgeSchema),
    /** Organizations left out of the drawing (only the best connected are drawn). */
    omittedNodes: count,
  }),
});

export type Dashboard = z.infer<typeof dashboardSchema>;
export type Network = z.infer<typeof networkSchema>;
export type NetworkNode = z.infer<typeof networkNodeSchema>;
export type NetworkEdge = z.infer<typeof networkEdgeSchema>;
export type SectorCount = z.infer<typeof sectorCountSchema>;

/** Drawn organizations at most in the network graph (the rest are counted in omittedNodes). */
export const NETWORK_GRAPH_MAX_NODES = 60;
