// The database as services see it: store functions grouped by what they keep, bound to one open
// database. Services never see a Prisma client or the provider; transactions spanning several
// tables stay inside the store functions (lib/server/db/*-store.ts, runs-write.ts, project-write.ts...).
import 'server-only';
import { getDatabase, openDatabase, type Database, type Db } from './client';
import type { DbConfig } from './config';
import type { EndpointNeeds } from '../../domain/criteria/endpoint-needs';
import * as attempts from './attempt-store';
import * as audit from './audit-store';
import * as auth from './auth-store';
import * as baselines from './baseline-store';
import * as baselineRules from './baseline-rule-store';
import * as notes from './comparison-note-store';
import * as criteriaRuns from './criteria-runs';
import * as criteria from './criteria-store';
import * as projects from './project-store';
import * as projectWrite from './project-write';
import * as retest from './retest-plan-store';
import * as revisions from './revision-store';
import * as roadmap from './roadmap-store';
import * as duplicates from './run-duplicates';
import * as runProvenance from './run-provenance';
import * as runsRead from './runs-read';
import * as runEdit from './run-edit';
import * as runsWrite from './runs-write';
import * as shares from './share-store';
import * as signOffs from './signoff-store';
import * as invitations from './invitation-store';
import * as users from './user-store';
import * as projectOf from './project-of';
import * as webhooks from './webhook-store';
import * as outbox from './webhook-outbox';
import * as historyRead from './history-store';
import * as historyWrite from './history-write';
import type { ScopeFigures } from '../../domain/history/run-figures';
import * as historySave from './history-save';
import * as historySeries from './history-series';
import * as trends from './trend-store';

type HistoryPassArgs = Parameters<typeof historySave.saveHistoryPass> extends [Db, unknown, ...infer R] ? R : never;

/** The store functions of one open database. */
export function storesOf({ prisma, provider }: Database) {
  /** `f` with the client filled in. */
  const bind =
    <A extends unknown[], R>(f: (db: Db, ...args: A) => R) =>
    (...args: A): R =>
      f(prisma, ...args);
  return {
    runs: {
      listRuns: (q: runsRead.ListRunsQuery) => runsRead.listRuns(prisma, q, provider),
      getRun: bind(runsRead.getRun),
      getRunSeries: bind(runsRead.getRunSeries),
      getAllEndpointSeries: bind(runsRead.getAllEndpointSeries),
      listRunSeries: (runId: string) => runsRead.listRunSeries(prisma, runId, provider),
      getRunFile: bind(runsRead.getRunFile),
      updateRun: (id: string, patch: runEdit.RunPatch) => runEdit.updateRun(prisma, id, patch, provider),
      deleteRun: (id: string) => runEdit.deleteRun(prisma, id, provider),
      listProjects: bind(runsRead.listProjects),
      listTags: bind(runsRead.listTags),
      listProvenanceValues: bind(runProvenance.listProvenanceValues),
      pingDatabase: bind(runsRead.pingDatabase),
      createRuns: (projectName: string, runs: runsWrite.NewRun[], deliveries?: runsWrite.UploadOutbox) =>
        runsWrite.createRuns(prisma, projectName, runs, provider, deliveries),
      findRunsWithFiles: bind(duplicates.findRunsWithFiles),
      loadCriteriaRuns: (projectId: string, which: criteriaRuns.RunSelection, needs: EndpointNeeds) =>
        criteriaRuns.loadCriteriaRuns(prisma, provider, projectId, which, needs),
      loadRunSubject: bind(criteriaRuns.loadRunSubject),
      baselineTarget: bind(baselines.baselineTarget),
      baselineCandidates: bind(baselines.baselineCandidates),
    },
    projects: {
      getProject: bind(projects.getProject),
      projectOfRun: bind(projects.projectOfRun),
      loadProjectRunsForCriteria: (projectId: string) =>
        projects.loadProjectRunsForCriteria(prisma, provider, projectId),
      listProjectRuns: bind(projects.listProjectRuns),
      endpointNamesOfRun: bind(projects.endpointNamesOfRun),
      loadRunForCriteria: bind(projects.loadRunForCriteria),
      ensureProject: bind(projectWrite.ensureProject),
      deleteProject: (projectId: string) => projectWrite.deleteProject(prisma, projectId, provider),
    },
    criteria: {
      listCriteriaSets: bind(criteria.listCriteriaSets),
      getCriteriaSet: bind(criteria.getCriteriaSet),
      findCriteriaSetByName: bind(criteria.findCriteriaSetByName),
      createCriteriaSet: bind(criteria.createCriteriaSet),
      updateCriteriaSet: bind(criteria.updateCriteriaSet),
      addCriterion: bind(criteria.addCriterion),
      deleteCriteriaSet: bind(criteria.deleteCriteriaSet),
      createRetestPlan: bind(retest.createRetestPlan),
    },
    roadmap: {
      getRoadmap: bind(roadmap.getRoadmap),
      phaseProject: bind(roadmap.phaseProject),
      itemProject: bind(roadmap.itemProject),
      itemLinks: bind(roadmap.itemLinks),
      itemPhase: bind(roadmap.itemPhase),
      createPhase: bind(roadmap.createPhase),
      createPhaseOnce: bind(roadmap.createPhaseOnce),
      updatePhase: bind(roadmap.updatePhase),
      deletePhase: bind(roadmap.deletePhase),
      movePhase: bind(roadmap.movePhase),
      createItem: bind(roadmap.createItem),
      createItemWithNewCriteria: bind(roadmap.createItemWithNewCriteria),
      updateItem: bind(roadmap.updateItem),
      deleteItem: bind(roadmap.deleteItem),
      moveItem: bind(roadmap.moveItem),
      importRoadmap: bind(roadmap.importRoadmap),
    },
    shares: {
      createShare: bind(shares.createShare),
      openShare: bind(shares.openShare),
      findActiveShare: bind(shares.findActiveShare),
      shareExists: bind(shares.shareExists),
      listShares: bind(shares.listShares),
      revokeShare: bind(shares.revokeShare),
    },
    auth: {
      createSession: bind(auth.createSession),
      findSession: bind(auth.findSession),
      revokeSession: bind(auth.revokeSession),
      createApiToken: bind(auth.createApiToken),
      findApiToken: bind(auth.findApiToken),
      touchApiToken: bind(auth.touchApiToken),
      listApiTokens: bind(auth.listApiTokens),
      revokeApiToken: bind(auth.revokeApiToken),
      tokenOwnerOf: bind(auth.tokenOwnerOf),
    },
    users: {
      createUser: bind(users.createUser),
      findUserByEmail: bind(users.findUserByEmail),
      findUserById: bind(users.findUserById),
      findUserByOidcSubject: bind(users.findUserByOidcSubject),
      updateUser: bind(users.updateUser),
      setUserDisabled: bind(users.setUserDisabled),
      countUsers: bind(users.countUsers),
      countOtherActiveAdmins: bind(users.countOtherActiveAdmins),
      listUsers: bind(users.listUsers),
      setProjectRole: bind(users.setProjectRole),
      projectRolesOf: bind(users.projectRolesOf),
      revokeUserSessions: bind(users.revokeUserSessions),
    },
    invitations: {
      createInvitation: bind(invitations.createInvitation),
      findInvitation: bind(invitations.findInvitation),
      findOpenInvitationByEmail: bind(invitations.findOpenInvitationByEmail),
      listInvitations: bind(invitations.listInvitations),
      revokeInvitation: bind(invitations.revokeInvitation),
      acceptInvitation: bind(invitations.acceptInvitation),
    },
    access: { projectsOf: bind(projectOf.projectsOf) },
    baselineRules: {
      listBaselineRules: bind(baselineRules.listBaselineRules),
      findBaselineRule: bind(baselineRules.findBaselineRule),
      createBaselineRule: bind(baselineRules.createBaselineRule),
      deleteBaselineRule: bind(baselineRules.deleteBaselineRule),
      runOfProject: bind(baselineRules.runOfProject),
      historyPartRuns: bind(baselineRules.historyPartRuns),
    },
    webhooks: {
      createWebhook: bind(webhooks.createWebhook),
      listWebhooks: bind(webhooks.listWebhooks),
      getWebhook: bind(webhooks.getWebhook),
      setWebhookDisabled: bind(webhooks.setWebhookDisabled),
      deleteWebhook: bind(webhooks.deleteWebhook),
      listDeliveries: bind(webhooks.listDeliveries),
      redeliver: bind(webhooks.redeliver),
      projectListensTo: bind(outbox.projectListensTo),
      claimDue: bind(outbox.claimDue),
      recordAttempt: bind(outbox.recordAttempt),
    },
    history: {
      claimHistoryJob: bind(historyRead.claimHistoryJob),
      finishHistoryJob: bind(historyRead.finishHistoryJob),
      postponeHistoryJob: bind(historyRead.postponeHistoryJob),
      countHistoryJobs: bind(historyRead.countHistoryJobs),
      loadHistorySettings: bind(historyRead.loadHistorySettings),
      listParts: bind(historyRead.listParts),
      loadPartRuns: bind(historyRead.loadPartRuns),
      loadFigures: bind(historyRead.loadFigures),
      loadSeries: bind(historySeries.loadSeries),
      saveHistoryPass: (...args: HistoryPassArgs) => historySave.saveHistoryPass(prisma, provider, ...args),
      runsWithoutFigures: bind(historyWrite.runsWithoutFigures),
      saveBackfilledFigures: (runId: string, figures: ScopeFigures[]) =>
        historyWrite.saveBackfilledFigures(prisma, runId, figures, provider),
      saveHistorySettings: bind(historyWrite.saveHistorySettings),
    },
    trends: {
      loadTrendRuns: bind(trends.loadTrendRuns),
      listProjectTags: bind(trends.listProjectTags),
      loadScopeFigures: bind(trends.loadScopeFigures),
      listChangePoints: bind(trends.listChangePoints),
      getChangePoint: bind(trends.getChangePoint),
      decideChangePoint: bind(trends.decideChangePoint),
      runLabels: bind(trends.runLabels),
    },
    audit: {
      recordAuditEvent: bind(audit.recordAuditEvent),
      listAuditEvents: bind(audit.listAuditEvents),
      countAuditEvents: bind(audit.countAuditEvents),
    },
    attempts: {
      recordAttempt: bind(attempts.recordAttempt),
      forgetAttempt: bind(attempts.forgetAttempt),
      addressAttempts: bind(attempts.addressAttempts),
      accountAttempts: bind(attempts.accountAttempts),
    },
    notes: {
      getComparisonNote: bind(notes.getComparisonNote),
      saveComparisonNote: bind(notes.saveComparisonNote),
    },
    signOffs: {
      createSignOff: bind(signOffs.createSignOff),
      listSignOffs: bind(signOffs.listSignOffs),
    },
    revisions: {
      readRevision: bind(revisions.readRevision),
      readProjectRevision: bind(revisions.readProjectRevision),
      readRunProjectRevisions: bind(revisions.readRunProjectRevisions),
      bumpRevision: bind(revisions.bumpRevision),
    },
    /** Closes the connections (tests, CLI exit). */
    disconnect: () => prisma.$disconnect(),
  };
}

export type Stores = ReturnType<typeof storesOf>;

/** The process-wide database (DATABASE_URL), migrated on first call; see client.ts for retries. */
export async function database(): Promise<Stores> {
  const open = await getDatabase();
  let stores = bound.get(open);
  if (!stores) bound.set(open, (stores = storesOf(open)));
  return stores;
}

/** One Stores per open database (database() is called on every request). */
const bound = new WeakMap<Database, Stores>();

/** Test-only entry point: the stores of a database opened (and migrated) from `config`. */
export async function openStores(config: DbConfig): Promise<Stores> {
  return storesOf(await openDatabase(config));
}
