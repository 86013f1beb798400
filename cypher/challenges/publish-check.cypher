// Which of the references of a challenge to publish exist: the issuer and the target segment.
RETURN EXISTS { MATCH (:Enterprise {uscc: $issuer}) } AS issuerExists,
       EXISTS { MATCH (:Segment {id: $segmentId}) } AS segmentExists
