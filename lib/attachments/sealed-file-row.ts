/** The columns unsealFile needs. */
export const sealedFileRow = { registrationId: true, id: true, content: true, keyId: true } as const;
