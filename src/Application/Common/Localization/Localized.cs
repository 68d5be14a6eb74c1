using System.Globalization;

namespace InvestPromo.Application.Common.Localization;

/// <summary>A text in Simplified Chinese (the default) and English; the request's UI culture picks one.</summary>
public readonly record struct Localized(string Zh, string En)
{
    public string Current => IsEnglish(CultureInfo.CurrentUICulture) ? En : Zh;

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";
}

/// <summary>Names of input fields, for validation messages.</summary>
public static class FieldDisplayNames
{
    private static readonly Dictionary<string, Localized> Names = new(StringComparer.Ordinal)
    {
        ["Code"] = new("编码", "Code"),
        ["Name"] = new("名称", "Name"),
        ["Kind"] = new("类型", "Kind"),
        ["Description"] = new("说明", "Description"),
        ["Version"] = new("版本号", "Version"),
        ["Page"] = new("页码", "Page"),
        ["PageSize"] = new("每页条数", "Page size"),
        ["Search"] = new("搜索词", "Search"),
        ["UserName"] = new("用户名", "User name"),
        ["DisplayName"] = new("姓名", "Display name"),
        ["Password"] = new("密码", "Password"),
        ["CurrentPassword"] = new("当前密码", "Current password"),
        ["NewPassword"] = new("新密码", "New password"),
        ["Role"] = new("角色", "Role"),
        ["UnitId"] = new("所属单位", "Unit"),
        ["Email"] = new("电子邮箱", "Email"),
        ["PhoneNumber"] = new("手机号码", "Phone number"),
        ["Scope"] = new("权限范围", "Scope"),
        ["ExpiresAt"] = new("到期时间", "Expiry"),
        ["Reason"] = new("原因", "Reason"),
        ["EntityType"] = new("对象类型", "Entity type"),
        ["EntityId"] = new("对象编号", "Entity id"),
        ["From"] = new("开始时间", "From"),
        ["To"] = new("结束时间", "To"),
        ["GroupBy"] = new("分组方式", "Group by"),
        ["Period"] = new("统计周期", "Period"),
        ["Date"] = new("日期", "Date"),
        ["Days"] = new("天数", "Days"),
        ["Year"] = new("年份", "Year"),
        ["WeekStart"] = new("公示周（周一）", "Week (Monday)"),
        ["Source"] = new("依据文件", "Source"),
        ["File"] = new("文件", "File"),
        ["ProjectName"] = new("项目名称", "Project name"),
        ["InvestorName"] = new("投资方名称", "Investor"),
        ["CreditCode"] = new("统一社会信用代码", "Unified social credit code"),
        ["SourceRegionCode"] = new("投资来源区域", "Source region"),
        ["IndustryChainId"] = new("产业链", "Industry chain"),
        ["Category"] = new("项目类别", "Category"),
        ["Stage"] = new("项目阶段", "Stage"),
        ["PlannedTotalInvestment"] = new("计划总投资", "Planned total investment"),
        ["PlannedFixedAssetInvestment"] = new("计划固定资产投资", "Planned fixed-asset investment"),
        ["ConstructionContent"] = new("建设内容", "Construction content"),
        ["AssociationId"] = new("引荐商协会", "Introducing association"),
        ["RecommenderName"] = new("引荐人", "Recommender"),
        ["RecommenderContact"] = new("引荐人联系方式", "Recommender contact"),
        ["ContactName"] = new("联系人", "Contact person"),
        ["ContactPhone"] = new("联系电话", "Contact phone"),
        ["Reasons"] = new("退回理由", "Reasons"),
        ["Status"] = new("状态", "Status"),
        ["ScaleBand"] = new("规模区间", "Scale band"),
        ["SubmittedFrom"] = new("提交日期起", "Submitted from"),
        ["SubmittedTo"] = new("提交日期止", "Submitted to"),
        ["Sort"] = new("排序字段", "Sort"),
        ["Direction"] = new("排序方向", "Direction"),
        ["UnreadOnly"] = new("仅未读", "Unread only"),
        ["Order"] = new("排列方式", "Order"),
        ["NameEn"] = new("英文名称", "English name"),
        ["Group"] = new("产业集群", "Cluster"),
        ["SortOrder"] = new("排序", "Sort order"),
        ["IsActive"] = new("启用", "Active"),
        ["FileName"] = new("文件名", "File name"),
        ["AttachmentId"] = new("附件", "Attachment"),
        ["Row"] = new("整行", "Row"),
        ["IndustryChain"] = new("产业链", "Industry chain"),
        ["Association"] = new("引荐商协会", "Introducing association"),
    };

    public static string For(string propertyName) =>
        Names.TryGetValue(propertyName, out var name) ? name.Current : propertyName;
}

/// <summary>Messages for stable error codes (domain rules, sign-in, concurrency), in both languages.</summary>
public static class ErrorMessages
{
    private static readonly Dictionary<string, Localized> Messages = new(StringComparer.Ordinal)
    {
        ["validation.failed"] = new("提交的数据有误,请检查标出的字段。", "One or more fields are invalid."),
        ["request.malformed"] = new("请求格式不正确。", "The request is malformed."),
        ["request.too-large"] = new("请求内容超过大小限制。", "The request body is too large."),
        ["request.rate-limited"] = new("请求过于频繁,请稍后再试。", "Too many requests; please try again later."),
        ["not-found"] = new("请求的记录不存在。", "The requested record does not exist."),
        ["forbidden"] = new("您没有权限执行此操作。", "You are not allowed to do this."),
        ["unauthorized"] = new("请先登录。", "Please sign in."),
        ["concurrency.stale"] = new("数据已被他人修改,请刷新后重试。", "The record was changed by someone else; reload and try again."),
        ["antiforgery.invalid"] = new("页面已过期,请刷新后重试。", "The page has expired; reload and try again."),
        ["auth.invalid-credentials"] = new("用户名或密码错误。", "Wrong user name or password."),
        ["auth.locked-out"] = new("密码错误次数过多,账号已临时锁定,请稍后再试。", "Too many failed attempts; the account is locked for a while."),
        ["auth.inactive"] = new("账号已停用,请联系管理员。", "The account is disabled; contact an administrator."),
        ["auth.api-key-read-only"] = new("只读密钥不能修改数据。", "A read-only API key cannot change data."),
        ["internal"] = new("服务器内部错误,请稍后再试。", "An internal error occurred; please try again later."),
        ["entity.already-deleted"] = new("该记录已被删除。", "The record has already been deleted."),
        ["unit.code-taken"] = new("单位编码已存在。", "The unit code is already in use."),
        ["unit.code-invalid"] = new("单位编码无效。", "The unit code is invalid."),
        ["unit.name-invalid"] = new("单位名称无效。", "The unit name is invalid."),
        ["unit.kind-invalid"] = new("单位类型无效。", "The unit kind is invalid."),
        ["unit.description-invalid"] = new("单位说明过长。", "The description is too long."),
        ["unit.center-kind-fixed"] = new("投资促进中心的单位类型不能修改。", "The center's kind cannot be changed."),
        ["unit.center-cannot-be-deleted"] = new("投资促进中心不能删除。", "The center cannot be deleted."),
        ["unit.has-users"] = new("该单位仍有在用账号,请先调整或停用这些账号。", "The unit still has active users; move or deactivate them first."),
        ["user.name-taken"] = new("用户名已存在。", "The user name is already taken."),
        ["user.filer-needs-unit"] = new("填报人员必须归属一个载体单位。", "A filer must belong to a unit."),
        ["user.unit-not-found"] = new("所选单位不存在。", "The selected unit does not exist."),
        ["user.cannot-deactivate-self"] = new("不能停用自己的账号。", "You cannot deactivate your own account."),
        ["user.cannot-demote-self"] = new("不能取消自己的管理员角色。", "You cannot remove your own admin role."),
        ["user.password-rejected"] = new("密码不符合要求。", "The password does not meet the requirements."),
        ["api-key.scope-invalid"] = new("密钥权限范围无效。", "The key scope is invalid."),
        ["api-key.expiry-in-past"] = new("到期时间必须晚于当前时间。", "The expiry must be in the future."),
        ["api-key.name-invalid"] = new("密钥名称无效。", "The key name is invalid."),
        ["api-key.already-revoked"] = new("该密钥已被吊销。", "The key has already been revoked."),
        ["api-key.reason-invalid"] = new("原因过长。", "The reason is too long."),
        ["calendar.year-invalid"] = new("年份超出支持范围。", "The year is out of the supported range."),
        ["calendar.date-outside-year"] = new("日期不在该年份内。", "A date is not in the year."),
        ["calendar.duplicate-date"] = new("同一日期不能出现两次。", "The same date is listed twice."),
        ["calendar.makeup-not-weekend"] = new("调休上班日必须是周六或周日。", "A make-up working day must be a Saturday or Sunday."),
        ["calendar.name-invalid"] = new("节日名称必填,且不超过 50 个字。", "The holiday name is required and at most 50 characters."),
        ["calendar.kind-invalid"] = new("日期类型无效。", "The kind of day is invalid."),
        ["calendar.source-invalid"] = new("依据文件过长。", "The source is too long."),
        ["calendar.days-invalid"] = new("工作日天数必须在 1 到 366 之间。", "The number of working days must be between 1 and 366."),
        ["filing.incomplete"] = new("项目信息不完整,请补全标出的字段后再提交。", "The filing is incomplete; fill in the marked fields before submitting."),
        ["filing.not-editable"] = new("只有草稿或被退回的项目可以修改。", "Only a draft or a returned filing can be edited."),
        ["filing.deadline-not-after-submission"] = new("审核期限必须晚于提交时间,请检查工作日历后重试。", "The review deadline must be after the submission; check the working-day calendar and try again."),
        ["filing.not-submittable"] = new("只有草稿或被退回的项目可以提交。", "Only a draft or a returned filing can be submitted."),
        ["filing.not-under-review"] = new("该项目不在审核中。", "The filing is not under review."),
        ["filing.not-approved"] = new("只有已备案的项目可以撤销。", "Only an approved filing can be revoked."),
        ["publication.week-start-invalid"] = new("公示周必须从周一开始。", "A publication week starts on a Monday."),
        ["publication.week-not-completed"] = new("只能公示已经结束的一周。", "Only a week that has ended can be published."),
        ["publication.week-empty"] = new("该周没有备案通过的项目，无需公示。", "No project was approved in that week; there is nothing to publish."),
        ["publication.number-invalid"] = new("公示期号从 1 开始。", "Publication numbers start at 1."),
        ["publication.publicity-invalid"] = new("公示期必须在公示日之后结束。", "The publicity period must end after the publication day."),
        ["publication.entry-outside-week"] = new("公示条目的备案时间不在该周内。", "An entry was approved outside the publication's week."),
        ["filing.reason-required"] = new("请填写理由。", "A reason is required."),
        ["filing.reason-too-long"] = new("理由不能超过1000字。", "The reason must be at most 1000 characters."),
        ["filing.credit-code-invalid"] = new("统一社会信用代码无效。", "The unified social credit code is invalid."),
        ["filing.amount-invalid"] = new("金额必须不小于0元,且最多两位小数。", "An amount must be at least 0 yuan with at most two decimals."),
        ["filing.phone-invalid"] = new("电话号码格式不正确。", "The phone number is invalid."),
        ["filing.field-invalid"] = new("项目信息中有字段无效。", "A field of the filing is invalid."),
        ["duplicate.already-dismissed"] = new("这两个项目已被标记为不重复。", "This pair has already been marked as not duplicate."),
        ["duplicate.not-suspected"] = new("另一个项目不是该项目的疑似重复项目。", "The other filing is not a suspected duplicate of this one."),
        ["filing.fixed-asset-exceeds-total"] = new("计划固定资产投资不能超过计划总投资。", "Planned fixed-asset investment cannot exceed the planned total investment."),
        ["industry-chain.code-taken"] = new("产业链编码已存在。", "The industry chain code is already in use."),
        ["industry-chain.code-invalid"] = new("产业链编码无效。", "The industry chain code is invalid."),
        ["industry-chain.name-invalid"] = new("产业链名称无效。", "The industry chain name is invalid."),
        ["industry-chain.group-invalid"] = new("产业集群名称过长。", "The cluster name is too long."),
        ["industry-chain.in-use"] = new("已有项目使用该产业链,不能删除;可将其停用。", "Filings use this industry chain, so it cannot be deleted; deactivate it instead."),
        ["filing.attachments-locked"] = new("只有草稿或被退回的项目可以增删附件。", "Attachments can only be changed while the filing is a draft or returned."),
        ["filing.attachment-limit"] = new("每个项目最多上传 20 个附件。", "A filing can have at most 20 attachments."),
        ["filing.attachment-not-found"] = new("该附件不属于此项目。", "The attachment is not one of this filing's."),
        ["attachment.kind-invalid"] = new("附件类型无效。", "The attachment kind is invalid."),
        ["attachment.empty-invalid"] = new("文件是空的。", "The file is empty."),
        ["attachment.content-type-invalid"] = new("文件类型无效。", "The file type is invalid."),
        ["attachment.storage-key-invalid"] = new("附件存储标识无效。", "The attachment's storage key is invalid."),
        ["reserve-list.rule-invalid"] = new("储备项目规则配置有误:阶段或金额无效。", "The reserve-list rule is misconfigured: unknown stage or invalid amount."),
        ["export.too-many-rows"] = new("导出的行数超过 100000 行,请增加筛选条件后再导出。", "The export would exceed 100,000 rows; narrow the filters and export again."),
        ["association.name-invalid"] = new("商协会名称无效。", "The association name is invalid."),
        ["association.kind-invalid"] = new("商协会类型无效。", "The association kind is invalid."),
    };

    public static string For(string code, string fallback) =>
        Messages.TryGetValue(code, out var message) ? message.Current : fallback;

    public static bool IsKnown(string code) => Messages.ContainsKey(code);
}
