import {
  chapterPaths,
  directionById,
  maintenanceRoles,
  steps,
  type DirectionId,
  type MaintenanceRoleId,
} from '../../data/partner-strategy';
import { chapterHref } from '../partner-strategy/links';

export const directionHref = (id: DirectionId) =>
  chapterHref('influenceAndDependency', directionById(id).anchor);
export const actionsHref = () => chapterHref('steps', steps[3].anchor);
export const roleHref = (_id: MaintenanceRoleId) => chapterHref('steps', steps[4].anchor);
export const ambitionLineHref = () => chapterHref('influenceAndDependency', 'de-ambitielijn');
export const roleLabel = (id: MaintenanceRoleId) =>
  maintenanceRoles.find((role) => role.id === id)?.label ?? id;
export { chapterPaths };
