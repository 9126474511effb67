import {
  chapterPaths,
  directionById,
  maintenanceRoles,
  stepAnchors,
  type DirectionId,
  type MaintenanceRoleId,
} from '../../data/partner-strategy';
import { chapterHref } from '../partner-strategy/links';

export const directionHref = (id: DirectionId) =>
  chapterHref('influenceAndDependency', directionById(id).anchor);
export const actionsHref = () => chapterHref('steps', stepAnchors[3]);
export const roleHref = (_id: MaintenanceRoleId) => chapterHref('steps', stepAnchors[4]);
export const ambitionLineHref = () => chapterHref('influenceAndDependency', 'de-ambitielijn');
export const roleLabel = (id: MaintenanceRoleId) =>
  maintenanceRoles.find((role) => role.id === id)?.label ?? id;
export { chapterPaths };
