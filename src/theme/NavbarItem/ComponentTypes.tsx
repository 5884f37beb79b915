// Docusaurus's navbar item types plus the course's own `custom-review` (the Review link with the
// number of questions due), used in docusaurus.config.ts. This is Docusaurus's documented way to
// add a navbar item type: wrap ComponentTypes and register a `custom-` name.
import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import ReviewNavbarItem from '@site/src/components/ReviewNavbarItem';

export default {
  ...ComponentTypes,
  'custom-review': ReviewNavbarItem,
};
