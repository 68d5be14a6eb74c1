import { useMutation, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, type FilingDto } from '../../api';
import { isConcurrencyConflict, toProblem } from '../../api/problem';
import type { StagedAttachment } from '../../components/FilingAttachments';
import { useDuplicateWarning } from '../../components/useDuplicateWarning';
import { scrollToFirstError, type ScrollToErrorOptions } from '../../lib/scrollToFirstError';
import { useProblem } from '../../lib/useProblem';
import { FIELD_NAMES, toForm, toInput, type FilingForm } from './filingForm';

/**
 * The filing form's two ways out: 保存草稿 (`saveDraft`, incomplete allowed) and 提交审核 (`submit`: save, then submit). The page
 * checks every field first, so an incomplete form sends nothing. If the server still refuses a submission after the save, the
 * save stands and is said: the URL becomes the draft's (`/filings/{id}/edit`), the form says "saved as a draft, not submitted"
 * (`savedNotSubmitted`) and every field error is on its field at once. Attachments chosen before the first save are
 * staged and uploaded right after it. Every save sends the version read.
 */
export function useFilingFormSave(id: string | undefined, form: FormInstance<FilingForm>, existing: UseQueryResult<FilingDto>, scroll: ScrollToErrorOptions) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // The filing as last saved here: a new draft gets an id on its first save, and every save a new version.
  const saved = useRef<{ id: string; version: number } | null>(null);
  // The filing's version after an attachment change here (the form is not refetched, so unsaved edits stay).
  const [attachmentVersion, setAttachmentVersion] = useState<number | null>(null);
  // Attachments chosen before the filing exists, uploaded after its first save.
  const [staged, setStaged] = useState<StagedAttachment[]>([]);
  // A submission the server refused after its save: the form says the filing was saved as a draft.
  const [savedNotSubmitted, setSavedNotSubmitted] = useState(false);

  useEffect(() => {
    // Fill the form from the server, unless it already holds what this page saved (a new draft's first save moves the
    // URL to its edit route: its values and the errors on them stay). A newer version (after a conflict) is loaded.
    const d = existing.data;
    if (d && !(saved.current && saved.current.id === d.id && saved.current.version >= d.version)) {
      saved.current = { id: d.id, version: d.version };
      form.setFieldsValue(toForm(d));
    }
  }, [existing.data, form]);

  /** Uploads the staged attachments to the new draft, one by one; one that fails is reported and dropped. Returns the version. */
  const uploadStaged = async (filingId: string, version: number) => {
    let v = version;
    for (const s of staged) {
      try {
        v = (await api.attachments.upload(filingId, s.file, s.file.name, s.kind, v)).filingVersion;
      } catch (e) {
        const p = toProblem(e);
        const reason = Object.values(p.errors ?? {}).flat().join(' ') || p.detail || p.title || t('errors.generic');
        message.error(t('attachments.stagedFailed', { name: s.file.name, reason }));
      }
    }
    if (staged.length > 0) {
      setStaged([]);
      void queryClient.invalidateQueries({ queryKey: ['filing-attachments', filingId] });
    }
    return v;
  };

  const save = async (values: FilingForm) => {
    const input = toInput(values);
    let f = saved.current ? await api.filings.update(saved.current.id, input, saved.current.version) : await api.filings.create(input);
    saved.current = { id: f.id, version: f.version };
    if (staged.length > 0) {
      const version = await uploadStaged(f.id, f.version);
      f = { ...f, version };
      saved.current = { id: f.id, version };
    }
    setAttachmentVersion(f.version);
    queryClient.setQueryData(['filing', f.id], f);
    return f;
  };

  const onError = (e: unknown) => {
    const p = toProblem(e);
    const onForm = Object.entries(p.errors ?? {}).filter(([field]) => FIELD_NAMES.has(field));
    if (onForm.length > 0) {
      // Field errors (a submission missing required fields, or a bad value) go on the fields, all at once, even untouched ones.
      form.setFields(onForm.map(([name, errors]) => ({ name: name as keyof FilingForm, errors })));
      const rest = Object.entries(p.errors ?? {}).filter(([field]) => !FIELD_NAMES.has(field));
      if (rest.length > 0) message.error(rest.flatMap(([, m]) => m).join(' '));
      message.warning(t('filings.incomplete'));
      void scrollToFirstError(form, scroll);
    } else {
      showProblem(e, form);
    }
    if (isConcurrencyConflict(p) && id) void existing.refetch();
    void queryClient.invalidateQueries({ queryKey: ['filings'] });
  };

  const saveDraft = useMutation({
    mutationFn: save,
    onSuccess: (f) => {
      setSavedNotSubmitted(false);
      message.success(t('filings.draftSaved'));
      void queryClient.invalidateQueries({ queryKey: ['filings'] });
      if (!id) navigate(`/filings/${f.id}/edit`, { replace: true });
    },
    onError,
  });

  const warnDuplicates = useDuplicateWarning();
  const submit = useMutation({
    mutationFn: async (values: FilingForm) => {
      const f = await save(values);
      try {
        return await api.filings.submit(f.id, f.version);
      } catch (e) {
        // Saved, not submitted: say so, and give the draft its own address (a reload or the back button finds it).
        setSavedNotSubmitted(true);
        if (!id) navigate(`/filings/${f.id}/edit`, { replace: true });
        throw e;
      }
    },
    onSuccess: (f) => {
      message.success(t('filings.submitted'));
      warnDuplicates(f);
      queryClient.setQueryData(['filing', f.id], f);
      void queryClient.invalidateQueries({ queryKey: ['filings'] });
      navigate(`/filings/${f.id}`, { replace: true });
    },
    onError,
  });

  return {
    saveDraft,
    submit,
    attachmentVersion,
    staged,
    setStaged,
    savedNotSubmitted,
    /** An attachment change here gave the filing a new version. */
    attachmentsChanged: (version: number) => {
      if (saved.current) saved.current = { ...saved.current, version };
      setAttachmentVersion(version);
    },
  };
}
