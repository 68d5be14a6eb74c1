import { useMutation, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, type FilingDto } from '../../api';
import { isConcurrencyConflict, toProblem } from '../../api/problem';
import { useDuplicateWarning } from '../../components/useDuplicateWarning';
import { useProblem } from '../../lib/useProblem';
import { FIELD_NAMES, toForm, toInput, type FilingForm } from './filingForm';

/**
 * The filing form's two ways out: 保存草稿 (`saveDraft`, incomplete allowed) and 提交审核 (`submit`: save, then submit;
 * missing fields come back on the fields). A new draft gets its id on the first save; every save sends the version read.
 */
export function useFilingFormSave(id: string | undefined, form: FormInstance<FilingForm>, existing: UseQueryResult<FilingDto>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // The filing as last saved here: a new draft gets an id on its first save, and every save a new version.
  const saved = useRef<{ id: string; version: number } | null>(null);
  // The filing's version after an attachment change here (the form is not refetched, so unsaved edits stay).
  const [attachmentVersion, setAttachmentVersion] = useState<number | null>(null);

  useEffect(() => {
    if (existing.data) {
      saved.current = { id: existing.data.id, version: existing.data.version };
      form.setFieldsValue(toForm(existing.data));
    }
  }, [existing.data, form]);

  const save = async (values: FilingForm) => {
    const input = toInput(values);
    const f = saved.current ? await api.filings.update(saved.current.id, input, saved.current.version) : await api.filings.create(input);
    saved.current = { id: f.id, version: f.version };
    setAttachmentVersion(f.version);
    queryClient.setQueryData(['filing', f.id], f);
    return f;
  };

  const onError = (e: unknown) => {
    const p = toProblem(e);
    const onForm = Object.entries(p.errors ?? {}).filter(([field]) => FIELD_NAMES.has(field));
    if (onForm.length > 0) {
      // Field errors (a submission missing required fields, or a bad value) go on the fields, even untouched ones.
      form.setFields(onForm.map(([name, errors]) => ({ name: name as keyof FilingForm, errors })));
      const rest = Object.entries(p.errors ?? {}).filter(([field]) => !FIELD_NAMES.has(field));
      if (rest.length > 0) message.error(rest.flatMap(([, m]) => m).join(' '));
      message.warning(t('filings.incomplete'));
      const first = onForm[0][0] as keyof FilingForm;
      form.scrollToField(first);
    } else {
      showProblem(e, form);
    }
    if (isConcurrencyConflict(p) && id) void existing.refetch();
    void queryClient.invalidateQueries({ queryKey: ['filings'] });
  };

  const saveDraft = useMutation({
    mutationFn: save,
    onSuccess: (f) => {
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
      return api.filings.submit(f.id, f.version);
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
    /** An attachment change here gave the filing a new version. */
    attachmentsChanged: (version: number) => {
      if (saved.current) saved.current = { ...saved.current, version };
      setAttachmentVersion(version);
    },
  };
}
