// The only way an officer row reaches the view: the six published fields are copied by name, nothing else.

import type { OfficerRecord } from '../model/types.js';
import type { ViewOfficer } from './types.js';

/**
 * 执法人员清单 shows name, unit, post, certificate number, enforcement category and validity (国办发〔2018〕118号
 * 事前公开). Fields are copied one by one — never spread — so a column added to the model later, an ID-card
 * number, a phone or an unknown column kept in `extra`, cannot slip through.
 */
export function publicOfficer(record: OfficerRecord, postName: (ref: string) => string | undefined): ViewOfficer {
  const post = record.post === undefined ? undefined : (postName(record.post) ?? record.post);
  return {
    name: record.name,
    unit: record.unit ?? '',
    ...(post === undefined ? {} : { post }),
    ...(record.certificateNo === undefined ? {} : { certificateNo: record.certificateNo }),
    ...(record.category === undefined ? {} : { category: record.category }),
    ...(record.certificateExpiry === undefined ? {} : { validUntil: record.certificateExpiry }),
  };
}
