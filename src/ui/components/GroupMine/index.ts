export { MyGroups, type MyGroupsProps } from './MyGroups';
export { AskIndividual } from './AskIndividual';
