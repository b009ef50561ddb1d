import '@testing-library/jest-dom';
import { configure } from '@testing-library/dom';

// A page that appears within 5 s has appeared: `findBy…` waits that long (1 s is too short on a busy
// 2-core machine, where a first render with Fluent's styles can take longer).
configure({ asyncUtilTimeout: 5000 });
