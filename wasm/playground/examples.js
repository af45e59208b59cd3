// Example drafts for the playground buttons (`data-example` names).
export const EXAMPLES = {
  hostile: "Calm down. Per my last email, you failed to attach the receipt.",
  policy:
    "Hi Dana,\n\nUnfortunately that's our policy and there is nothing we can do. " +
    "You should have read the terms before ordering.\n\nRegards,\nSupport",
  curt: "No.",
  jargon:
    "Hi Lee,\n\nYour RMA is pending until the SKU clears QA. " +
    "Please refer to the KB article and escalate via the portal.\n\nThanks,\nAmir",
  warm:
    "Hi Sam,\n\nThank you for your patience, and I'm sorry the parcel arrived damaged. " +
    "I've sent a replacement today and I'll email you the tracking number as soon as it ships. " +
    "If you'd rather have a refund, just reply and I'll arrange it.\n\nBest,\nPriya",
};
