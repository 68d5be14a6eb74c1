import { Form, Modal } from 'antd';
import type { FormInstance, ModalProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A modal around one form: OK submits it (its onFinish saves), OK shows the saving state; "save"/"cancel" unless told. */
export function FormModal<TForm>({
  form,
  saving,
  onFinish,
  children,
  ...modal
}: {
  form: FormInstance<TForm>;
  saving: boolean;
  onFinish: (values: TForm) => void;
  children: ReactNode;
} & Omit<ModalProps, 'confirmLoading' | 'onOk' | 'forceRender'>) {
  const { t } = useTranslation();
  return (
    <Modal okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={saving} onOk={() => form.submit()} forceRender {...modal}>
      <Form<TForm> form={form} layout="vertical" onFinish={onFinish}>
        {children}
      </Form>
    </Modal>
  );
}
