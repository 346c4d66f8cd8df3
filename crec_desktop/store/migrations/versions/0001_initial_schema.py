"""Initial schema: settings, domains, specialists, members, engagements, bookings and their
occurrences, absences, closures, issued letters, audit log.

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 07:12:17.379180
"""
from alembic import op
import sqlalchemy as sa

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


BUILTIN_DOMAINS = [
    ("hr", "Ressources humaines", "Human resources"),
    ("government", "Relations gouvernementales", "Government relations"),
    ("law", "Affaires juridiques", "Legal affairs"),
    ("ohs", "Santé et sécurité du travail", "Occupational health and safety"),
    ("marketing", "Marketing et développement des affaires", "Marketing and business development"),
    ("finance", "Finances et fiscalité", "Finance and taxation"),
    ("events", "Organisation d'événements", "Event organisation"),
]


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_key', sa.String(length=100), nullable=True),
    sa.Column('before_json', sa.Text(), nullable=True),
    sa.Column('after_json', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entity', ['entity', 'entity_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)

    op.create_table('closure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_closure'))
    )
    with op.batch_alter_table('closure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_closure_date'), ['date'], unique=False)

    op.create_table('domain',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name_fr', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_domain')),
    sa.UniqueConstraint('code', name=op.f('uq_domain_code'))
    )
    op.create_table('member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=200), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('sector', sa.String(length=200), nullable=True),
    sa.Column('region', sa.String(length=2), nullable=True),
    sa.Column('contact_name', sa.String(length=200), nullable=True),
    sa.Column('contact_title', sa.String(length=200), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=200), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('hour_bank', sa.Numeric(precision=9, scale=2), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=200), nullable=True),
    sa.CheckConstraint("kind IN ('federation', 'cdr', 'other')", name=op.f('ck_member_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member')),
    sa.UniqueConstraint('key', name=op.f('uq_member_key'))
    )
    op.create_table('organization',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=200), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('city', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=200), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('gst_number', sa.String(length=200), nullable=True),
    sa.Column('qst_number', sa.String(length=200), nullable=True),
    sa.Column('signatory_name', sa.String(length=200), nullable=True),
    sa.Column('signatory_title', sa.String(length=200), nullable=True),
    sa.Column('logo_png', sa.LargeBinary(), nullable=True),
    sa.Column('easter_holiday', sa.String(length=20), nullable=False),
    sa.Column('fiscal_year_start_month', sa.Integer(), nullable=False),
    sa.Column('carry_over', sa.String(length=10), nullable=False),
    sa.Column('carry_over_cap_hours', sa.Numeric(precision=9, scale=2), nullable=True),
    sa.Column('payment_terms_days', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=200), nullable=True),
    sa.CheckConstraint("carry_over IN ('none', 'all', 'cap')", name=op.f('ck_organization_carry_over')),
    sa.CheckConstraint("easter_holiday IN ('good_friday', 'easter_monday')", name=op.f('ck_organization_easter')),
    sa.CheckConstraint('fiscal_year_start_month BETWEEN 1 AND 12', name=op.f('ck_organization_fiscal_month')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization'))
    )
    op.create_table('specialist',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=200), nullable=True),
    sa.Column('login', sa.String(length=200), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('hourly_rate', sa.Numeric(precision=10, scale=2), nullable=True),
    sa.Column('weekly_hours', sa.Numeric(precision=9, scale=2), nullable=False),
    sa.Column('workday_start', sa.Time(), nullable=False),
    sa.Column('workday_end', sa.Time(), nullable=False),
    sa.Column('colour', sa.String(length=7), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=200), nullable=True),
    sa.CheckConstraint("role IN ('specialist', 'coordinator', 'manager', 'admin')", name=op.f('ck_specialist_role')),
    sa.CheckConstraint('weekly_hours >= 0 AND weekly_hours <= 80', name=op.f('ck_specialist_weekly_hours')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_specialist')),
    sa.UniqueConstraint('key', name=op.f('uq_specialist_key')),
    sa.UniqueConstraint('login', name=op.f('uq_specialist_login'))
    )
    op.create_table('absence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('specialist_id', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=200), nullable=True),
    sa.CheckConstraint("kind IN ('vacation', 'sick', 'training', 'personal', 'other')", name=op.f('ck_absence_kind')),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_absence_dates')),
    sa.ForeignKeyConstraint(['specialist_id'], ['specialist.id'], name=op.f('fk_absence_specialist_id_specialist'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_absence'))
    )
    with op.batch_alter_table('absence', schema=None) as batch_op:
        batch_op.create_index('ix_absence_specialist_start', ['specialist_id', 'start_date'], unique=False)

    op.create_table('engagement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('domain_id', sa.Integer(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('scope', sa.Text(), nullable=True),
    sa.Column('context', sa.Text(), nullable=True),
    sa.Column('deliverables', sa.Text(), nullable=True),
    sa.Column('exclusions', sa.Text(), nullable=True),
    sa.Column('budget_hours', sa.Numeric(precision=9, scale=2), nullable=True),
    sa.Column('hourly_rate', sa.Numeric(precision=10, scale=2), nullable=True),
    sa.Column('taxable', sa.Boolean(), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=200), nullable=True),
    sa.CheckConstraint("language IN ('fr', 'en')", name=op.f('ck_engagement_language')),
    sa.CheckConstraint("status IN ('draft', 'sent', 'signed', 'in_progress', 'completed', 'cancelled')", name=op.f('ck_engagement_status')),
    sa.CheckConstraint('end_date IS NULL OR start_date IS NULL OR end_date >= start_date', name=op.f('ck_engagement_dates')),
    sa.ForeignKeyConstraint(['domain_id'], ['domain.id'], name=op.f('fk_engagement_domain_id_domain'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['lead_id'], ['specialist.id'], name=op.f('fk_engagement_lead_id_specialist'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_engagement_member_id_member'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_engagement')),
    sa.UniqueConstraint('number', name=op.f('uq_engagement_number'))
    )
    with op.batch_alter_table('engagement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_engagement_member_id'), ['member_id'], unique=False)

    op.create_table('specialist_domain',
    sa.Column('specialist_id', sa.Integer(), nullable=False),
    sa.Column('domain_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['domain_id'], ['domain.id'], name=op.f('fk_specialist_domain_domain_id_domain'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['specialist_id'], ['specialist.id'], name=op.f('fk_specialist_domain_specialist_id_specialist'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('specialist_id', 'domain_id', name=op.f('pk_specialist_domain'))
    )
    op.create_table('booking',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=64), nullable=False),
    sa.Column('specialist_id', sa.Integer(), nullable=False),
    sa.Column('engagement_id', sa.Integer(), nullable=True),
    sa.Column('start', sa.DateTime(timezone=True), nullable=False),
    sa.Column('end', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('rrule', sa.String(length=500), nullable=True),
    sa.Column('exdates', sa.Text(), nullable=True),
    sa.Column('series_end', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=200), nullable=True),
    sa.CheckConstraint("status IN ('tentative', 'confirmed')", name=op.f('ck_booking_status')),
    sa.CheckConstraint('"end" > start', name=op.f('ck_booking_order')),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], name=op.f('fk_booking_engagement_id_engagement'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['specialist_id'], ['specialist.id'], name=op.f('fk_booking_specialist_id_specialist'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_booking')),
    sa.UniqueConstraint('uid', name=op.f('uq_booking_uid'))
    )
    with op.batch_alter_table('booking', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_booking_engagement_id'), ['engagement_id'], unique=False)
        batch_op.create_index('ix_booking_specialist_start', ['specialist_id', 'start'], unique=False)
        batch_op.create_index('ix_booking_start', ['start'], unique=False)

    op.create_table('issued_letter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('engagement_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('issued_by', sa.String(length=200), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data_json', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], name=op.f('fk_issued_letter_engagement_id_engagement'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_letter')),
    sa.UniqueConstraint('engagement_id', 'version', name='engagement_version')
    )
    op.create_table('occurrence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('booking_id', sa.Integer(), nullable=False),
    sa.Column('specialist_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.DateTime(timezone=True), nullable=False),
    sa.Column('end', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.CheckConstraint('"end" > start', name=op.f('ck_occurrence_order')),
    sa.ForeignKeyConstraint(['booking_id'], ['booking.id'], name=op.f('fk_occurrence_booking_id_booking'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['specialist_id'], ['specialist.id'], name=op.f('fk_occurrence_specialist_id_specialist'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_occurrence'))
    )
    with op.batch_alter_table('occurrence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_occurrence_booking_id'), ['booking_id'], unique=False)
        batch_op.create_index('ix_occurrence_specialist_start', ['specialist_id', 'start'], unique=False)
        batch_op.create_index('ix_occurrence_start', ['start'], unique=False)

    domain = sa.table("domain", sa.column("code"), sa.column("name_fr"), sa.column("name_en"), sa.column("version"))
    op.bulk_insert(domain, [{"code": c, "name_fr": fr, "name_en": en, "version": 1} for c, fr, en in BUILTIN_DOMAINS])
    organization = sa.table("organization", *(sa.column(c) for c in (
        "id", "name", "short_name", "city", "easter_holiday", "fiscal_year_start_month", "carry_over",
        "payment_terms_days", "version")))
    op.bulk_insert(organization, [{
        "id": 1, "name": "Consortium de ressources et d'expertises coopératives", "short_name": "CREC",
        "city": "Lévis", "easter_holiday": "good_friday", "fiscal_year_start_month": 4, "carry_over": "none",
        "payment_terms_days": 30, "version": 1}])

    if op.get_bind().dialect.name == "postgresql":
        # The database itself keeps confirmed occurrences of one specialist from overlapping.
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        op.execute(
            'ALTER TABLE occurrence ADD CONSTRAINT no_confirmed_overlap EXCLUDE USING gist '
            '(specialist_id WITH =, tstzrange(start, "end") WITH &&) WHERE (status = \'confirmed\')'
        )



def downgrade() -> None:
    with op.batch_alter_table('occurrence', schema=None) as batch_op:
        batch_op.drop_index('ix_occurrence_start')
        batch_op.drop_index('ix_occurrence_specialist_start')
        batch_op.drop_index(batch_op.f('ix_occurrence_booking_id'))

    op.drop_table('occurrence')
    op.drop_table('issued_letter')
    with op.batch_alter_table('booking', schema=None) as batch_op:
        batch_op.drop_index('ix_booking_start')
        batch_op.drop_index('ix_booking_specialist_start')
        batch_op.drop_index(batch_op.f('ix_booking_engagement_id'))

    op.drop_table('booking')
    op.drop_table('specialist_domain')
    with op.batch_alter_table('engagement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_engagement_member_id'))

    op.drop_table('engagement')
    with op.batch_alter_table('absence', schema=None) as batch_op:
        batch_op.drop_index('ix_absence_specialist_start')

    op.drop_table('absence')
    op.drop_table('specialist')
    op.drop_table('organization')
    op.drop_table('member')
    op.drop_table('domain')
    with op.batch_alter_table('closure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_closure_date'))

    op.drop_table('closure')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))
        batch_op.drop_index('ix_audit_entity')

    op.drop_table('audit_entry')
